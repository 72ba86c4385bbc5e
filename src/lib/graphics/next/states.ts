/** The "what comes next" diagram's states, in the order a reader meets them. */
export const STATES = ['talks', 'pressure', 'legitimacy'] as const;
