/** How many Venezuelans have left since 2014, and their share of the population (IMF Regional Economic Outlook, November 2024). */
export const EMIGRANTS_SINCE_2014 = 7_800_000;
/** The IMF's own share, in percent: not recomputed over another source's population. */
export const EMIGRANT_SHARE = 25;
