/** The tenure timeline's states, in the order a reader meets them. */
export const STATES = ['takeover', 'crises', 'presidents'] as const;
