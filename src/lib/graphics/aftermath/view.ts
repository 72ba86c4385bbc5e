/**
 * The epilogue's timeline, from the build-up to the capture: pure data, placed in decimal years.
 * It is the only graphic that reaches past the story's date, and it marks that date.
 */
import { aftermathEvents } from '$lib/data/aftermath';
import { decimalYear } from '$lib/data/tenure';
import { AS_OF, CAPTURE_DATE } from '$lib/data/timeframe';
import type { GraphicState } from '$lib/graphics';

export type AftermathState = GraphicState<'aftermath'>;

/** The first of the month before the build-up, to a little past the last event. */
const FROM = '2025-08-01';
const TO = '2026-01-25';
/** Month ticks, every other month so they fit a phone, none at the chart's edge. */
export const TICK_DATES = ['2025-09-01', '2025-11-01', '2026-01-01'];

/** The bar starts low enough to leave room above it for its label. */
export const RULE = { top: 1.1, bottom: 1.5 } as const;
const ROW_GAP = 0.75;
const firstRow = RULE.bottom + 0.7;

/**
 * Everything the chart and its share card need to place their marks. It travels as page data
 * with the words, so the data modules stay on the server.
 */
export function aftermathLayout() {
	const x = decimalYear;
	const rows = aftermathEvents.map((event, i) => {
		const at = x(event.date);
		return {
			x: at,
			y: firstRow + i * ROW_GAP,
			// Labels open towards the middle, so each stays inside the chart.
			place: at < x('2025-10-15') ? ('right' as const) : ('left' as const),
			after: event.date > AS_OF
		};
	});
	// A band of its own under the last row for the label of the story's date.
	const yEnd = firstRow + (aftermathEvents.length - 1) * ROW_GAP + 1.3;
	return {
		from: x(FROM),
		to: x(TO),
		yEnd,
		rule: RULE,
		asOf: x(AS_OF),
		capture: x(CAPTURE_DATE),
		ticks: TICK_DATES.map(x),
		rows
	};
}
