/** The GDP chart's states, in the order a reader meets them. */
export const STATES = ['baseline', 'collapse', 'rebound'] as const;
