/** The map's states, in the order a reader meets them. */
export const STATES = ['region', 'buildup', 'strikes', 'carrier', 'cuba'] as const;
