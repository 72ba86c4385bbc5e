/**
 * SVG path data joining points with straight segments. d3-shape's `line()` does this too, but
 * its package ships one pre-bundled file that does not tree-shake: 5 KB gzipped of the page's
 * 64 KB budget for a job this size. Coordinates are rounded to 3 decimals of the 0–100 viewBox.
 */
export function polyline(points: readonly (readonly [number, number])[]): string {
	const round = (n: number) => Math.round(n * 1000) / 1000;
	return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('');
}
