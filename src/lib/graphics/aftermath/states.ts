/** The epilogue timeline's one state. */
export const STATES = ['capture'] as const;
