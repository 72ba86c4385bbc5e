/**
 * What the chart layers (layers/) and their share-card twins (card-marks.ts) agree on: the sides
 * a label can take of its point, and the colours a mark can be drawn in. The page sets them in CSS
 * units and custom properties (light and dark), a card in pixels and the light palette.
 */

/**
 * Which side of its point a label sits on. "-left" places end the text at the point, for the
 * right edge; "-right" places start it there, for the left edge.
 */
export type Place =
	| 'above'
	| 'above-left'
	| 'above-right'
	| 'below'
	| 'below-left'
	| 'below-right'
	| 'left'
	| 'right'
	| 'center';

/** What a bar is filled with: the chart's line colour, its accent, or the grey of what sits behind. */
export type Tone = 'line' | 'accent' | 'muted';

/** Each tone's colour, by its name in the palette: `--chart-<name>` on the page, `palette[name]` on a card. */
export const TONE_COLOUR = { line: 'line', accent: 'accent', muted: 'grid' } as const satisfies Record<
	Tone,
	string
>;
