/** How long a crisis takes to light up once the bar reaches it, in years. */
const LIGHT_UP = 0.4;

/**
 * How lit a crisis is when the bar has been drawn up to `drawnTo`: 0 before the bar reaches it,
 * 1 once the bar is well past. The only arithmetic the page does for this chart.
 */
export function litness(crisisX: number, drawnTo: number): number {
	return Math.min(1, Math.max(0, (drawnTo - crisisX) / LIGHT_UP));
}
