/**
 * The GDP chart: its states, in the order a reader meets them, and its data tables, each offered as
 * /data/<table>.csv.
 */
export const GRAPHIC = {
	states: ['baseline', 'collapse', 'rebound'],
	tables: ['gdp']
} as const;
