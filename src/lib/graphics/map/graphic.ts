/**
 * The map: its states, in the order a reader meets them, its data tables, each offered as
 * /data/<table>.csv, and the state it opens on when shown on its own (an embed, its card): the
 * whole build-up, which is what a publisher embedding "the map of the U.S. build-up" expects.
 */
export const GRAPHIC = {
	states: ['region', 'buildup', 'strikes', 'carrier', 'cuba'],
	tables: ['map-assets', 'map-strikes'],
	opens: 'carrier'
} as const;
