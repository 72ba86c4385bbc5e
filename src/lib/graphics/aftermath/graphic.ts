/**
 * The epilogue timeline: its states, in the order a reader meets them, and its data tables, each offered as
 * /data/<table>.csv.
 */
export const GRAPHIC = {
	states: ['capture'],
	tables: ['aftermath']
} as const;
