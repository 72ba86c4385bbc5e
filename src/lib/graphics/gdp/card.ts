/**
 * The GDP chart as a share image: the same view per state (gdpViews), marks (gdpMarks), ticks
 * and words (gdpText) as the chart on the page, set in SVG so resvg can draw the labels too.
 */
import { GDP_BASE_YEAR } from '$lib/data/gdp';
import { revealUntil } from '$lib/graphics/common/reveal';
import type { GdpText } from '$lib/graphics/gdp/words';
import {
	GDP_Y_MAX,
	GDP_Y_TICKS,
	gdpMarks,
	gdpViews,
	gdpYearTicks,
	type GdpState
} from '$lib/graphics/gdp/view';
import { palette, svgText, type Box, type CardGraphic } from '$lib/graphics/common/card';
import { axisX, dot, LABEL_SIZE, line, plotIn, sourcesLine, TICK_SIZE } from '../common/card-marks';

/** Room left of the plot for the index ticks, and right of it for half the last year's label. */
const TICKS_ROOM = 52;
const LAST_YEAR_ROOM = 28;

export function gdpCard(state: GdpState, text: GdpText): CardGraphic {
	const view = gdpViews[state];
	const { estimates, base, trough, latest, bridge } = gdpMarks;
	return {
		title: text.title,
		sources: sourcesLine(text.sourceLead, text.sources),
		draw(box: Box) {
			const left = box.x + TICKS_ROOM;
			const right = box.x + box.width - LAST_YEAR_ROOM;
			const plot = plotIn(
				{ x: left, y: box.y + 8, width: right - left, height: box.height - 8 },
				[GDP_BASE_YEAR, view.xEnd],
				[GDP_Y_MAX, 0],
				36
			);
			const { x, y } = plot;
			const drawn = revealUntil(estimates, view.drawnTo);
			const head = drawn[drawn.length - 1] ?? base;

			const grid = GDP_Y_TICKS.map(
				(t) =>
					`<line x1="${left}" x2="${right}" y1="${y(t)}" y2="${y(t)}" stroke="${palette.grid}" stroke-width="2"/>` +
					svgText(left - 20, y(t) + TICK_SIZE * 0.35, String(t), {
						size: TICK_SIZE,
						fill: palette.muted,
						anchor: 'end'
					})
			).join('');
			const years = axisX(plot, gdpYearTicks(view.xEnd), y(0) + 2);
			const fall = view.showFall
				? `<line x1="${x(trough.x)}" x2="${x(trough.x)}" y1="${y(100)}" y2="${y(trough.y)}" stroke="${palette.accent}" stroke-width="3" stroke-dasharray="5 6"/>` +
					svgText(x(trough.x) - 16, y((100 + trough.y) / 2) + LABEL_SIZE * 0.35, text.fallLabel, {
						size: LABEL_SIZE,
						weight: 'bold',
						anchor: 'end'
					})
				: svgText(x(base.x) + 18, y(base.y) + LABEL_SIZE * 0.35, text.baseLabel, { size: LABEL_SIZE });
			const latestMarks = view.showLatest
				? line(plot, bridge, true) +
					dot(plot, latest, true) +
					svgText(x(latest.x) + 6, y(latest.y) - 22, text.latestLabel, { size: LABEL_SIZE, anchor: 'end' })
				: '';
			return grid + years + fall + line(plot, drawn) + dot(plot, base) + dot(plot, head) + latestMarks;
		}
	};
}
