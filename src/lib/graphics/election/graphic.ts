/**
 * The election chart: its states, in the order a reader meets them, and its data tables, each offered as
 * /data/<table>.csv.
 */
export const GRAPHIC = {
	states: ['official', 'tally', 'checks'],
	tables: ['election']
} as const;
