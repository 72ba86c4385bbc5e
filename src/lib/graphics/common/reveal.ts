/**
 * The part of a series drawn so far: every point up to `until`, plus a point interpolated on
 * the segment it falls inside, so a line grows smoothly as `until` tweens.
 */
export function revealUntil<T extends { x: number; y: number }>(
	points: readonly T[],
	until: number
): { x: number; y: number }[] {
	const shown: { x: number; y: number }[] = [];
	for (let i = 0; i < points.length; i++) {
		const p = points[i]!;
		if (p.x <= until) {
			shown.push({ x: p.x, y: p.y });
			continue;
		}
		const before = points[i - 1];
		if (before && until > before.x) {
			const t = (until - before.x) / (p.x - before.x);
			shown.push({ x: until, y: before.y + t * (p.y - before.y) });
		}
		break;
	}
	return shown;
}

/** Whole-number ticks across a domain, one every `step`, starting at its first value. */
export function yearTicks(from: number, to: number, step: number): number[] {
	const ticks: number[] = [];
	for (let year = Math.ceil(from); year <= Math.floor(to) + 1e-9; year += step) ticks.push(year);
	return ticks;
}
