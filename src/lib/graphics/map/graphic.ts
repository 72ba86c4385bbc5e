/**
 * The map: its states, in the order a reader meets them, and its data tables, each offered as
 * /data/<table>.csv.
 */
export const GRAPHIC = {
	states: ['region', 'buildup', 'strikes', 'carrier', 'cuba'],
	tables: ['map-assets', 'map-strikes']
} as const;
