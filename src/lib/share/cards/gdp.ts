/**
 * The GDP chart as a share image: the same view per state (gdpViews), marks (gdpMarks), ticks
 * and words (gdpText) as the chart on the page, set in SVG so resvg can draw the labels too.
 */
import { scaleLinear } from 'd3-scale';
import { GDP_BASE_YEAR } from '$lib/data/gdp';
import { polyline } from '$lib/charts/layers/polyline';
import { revealUntil } from '$lib/charts/reveal';
import type { GdpText } from '$lib/charts/gdp/text';
import {
	GDP_Y_MAX,
	GDP_Y_TICKS,
	gdpMarks,
	gdpViews,
	gdpYearTicks,
	type GdpState
} from '$lib/charts/gdp/view';
import { palette, svgText, type Box, type CardGraphic } from '../card';

const TICK_SIZE = 20;
const LABEL_SIZE = 24;

export function gdpCard(state: GdpState, text: GdpText): CardGraphic {
	const view = gdpViews[state];
	const { estimates, base, trough, latest, bridge } = gdpMarks;
	return {
		title: text.title,
		sources: `${text.sourceLead} ${text.sources.map((s) => `${s.label} (${s.detail})`).join('; ')}`,
		draw(box: Box) {
			const left = box.x + 52;
			const right = box.x + box.width - 12;
			const x = scaleLinear([GDP_BASE_YEAR, view.xEnd], [left, right]);
			const y = scaleLinear([0, GDP_Y_MAX], [box.y + box.height - 36, box.y + 8]);
			const path = (points: readonly { x: number; y: number }[]) =>
				polyline(points.map((p) => [x(p.x), y(p.y)]));
			const drawn = revealUntil(estimates, view.drawnTo);
			const head = drawn[drawn.length - 1] ?? base;
			const dot = (p: { x: number; y: number }, hollow = false) =>
				`<circle cx="${x(p.x)}" cy="${y(p.y)}" r="8" fill="${hollow ? palette.bg : palette.line}" stroke="${palette.line}" stroke-width="3"/>`;

			const grid = GDP_Y_TICKS.map(
				(t) =>
					`<line x1="${left}" x2="${right}" y1="${y(t)}" y2="${y(t)}" stroke="${palette.grid}" stroke-width="2"/>` +
					svgText(left - 20, y(t) + TICK_SIZE * 0.35, String(t), {
						size: TICK_SIZE,
						fill: palette.muted,
						anchor: 'end'
					})
			).join('');
			const years = gdpYearTicks(view.xEnd)
				.map((year) =>
					svgText(x(year), y(0) + TICK_SIZE + 10, String(year), {
						size: TICK_SIZE,
						fill: palette.muted,
						anchor: 'middle'
					})
				)
				.join('');
			const fall = view.showFall
				? `<line x1="${x(trough.x)}" x2="${x(trough.x)}" y1="${y(100)}" y2="${y(trough.y)}" stroke="${palette.accent}" stroke-width="3" stroke-dasharray="5 6"/>` +
					svgText(x(trough.x) - 16, y((100 + trough.y) / 2) + LABEL_SIZE * 0.35, text.fallLabel, {
						size: LABEL_SIZE,
						weight: 'bold',
						anchor: 'end'
					})
				: svgText(x(base.x) + 18, y(base.y) + LABEL_SIZE * 0.35, text.baseLabel, { size: LABEL_SIZE });
			const line = `<path d="${path(drawn)}" fill="none" stroke="${palette.line}" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"/>`;
			const latestMarks = view.showLatest
				? `<path d="${path(bridge)}" fill="none" stroke="${palette.line}" stroke-width="5" stroke-dasharray="8 10"/>` +
					dot(latest, true) +
					svgText(x(latest.x) + 6, y(latest.y) - 22, text.latestLabel, { size: LABEL_SIZE, anchor: 'end' })
				: '';
			return grid + years + fall + line + dot(base) + dot(head) + latestMarks;
		}
	};
}
