/**
 * The tenure timeline: its states, in the order a reader meets them, and its data tables, each offered as
 * /data/<table>.csv.
 */
export const GRAPHIC = {
	states: ['takeover', 'crises', 'presidents'],
	tables: ['tenure']
} as const;
