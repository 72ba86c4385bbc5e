/** The election chart's states, in the order a reader meets them. */
export const STATES = ['official', 'tally', 'checks'] as const;
