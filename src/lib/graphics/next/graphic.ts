/**
 * The "what comes next" diagram: its states, in the order a reader meets them, and its data tables, each offered as
 * /data/<table>.csv.
 */
export const GRAPHIC = {
	states: ['talks', 'pressure', 'legitimacy'],
	tables: ['next']
} as const;
