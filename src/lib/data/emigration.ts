/** How many Venezuelans have left since 2014 (IMF Regional Economic Outlook, November 2024). */
export const EMIGRANTS_SINCE_2014 = 7_800_000;
/** Population in 2013 per the Global Macro Database, to express the exodus as a share. */
export const POPULATION_2013 = 29_910_000;
export const emigrantShare = (EMIGRANTS_SINCE_2014 / POPULATION_2013) * 100;
