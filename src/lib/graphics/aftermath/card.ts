/**
 * The epilogue timeline as a share image, placed from the layout and words the chart itself
 * receives (aftermathText): the story's date marked, what came after it in the accent colour.
 */
import type { AftermathText } from '$lib/graphics/aftermath/words';
import type { AftermathState } from '$lib/graphics/aftermath/view';
import type { Box, CardGraphic } from '$lib/graphics/common/card';
import { AXIS_ROOM, axisX, bar, dot, label, line, plotIn, sourcesLine } from '../common/card-marks';

export function aftermathCard(_state: AftermathState, text: AftermathText): CardGraphic {
	const { from, to, yEnd, rule, asOf, capture, ticks, rows } = text.layout;
	return {
		title: text.title,
		sources: sourcesLine(text.sourceLead, text.sources),
		draw(box: Box) {
			const plot = plotIn(box, [from, to], [0, yEnd], AXIS_ROOM);
			const events = rows
				.map(
					(row, i) =>
						dot(plot, row) +
						label(plot, row.x, row.y, text.labels[i]!, row.place, row.after ? { weight: 'bold' } : {})
				)
				.join('');
			return (
				axisX(plot, ticks, plot.y(yEnd), (_, i) => text.tickLabels[i] ?? '') +
				bar(plot, from, asOf, rule.top, rule.bottom) +
				bar(plot, asOf, capture, rule.top, rule.bottom, 'accent') +
				line(
					plot,
					[
						{ x: asOf, y: 0.3 },
						{ x: asOf, y: yEnd }
					],
					true
				) +
				label(plot, from, rule.top, text.ruleLabel, 'above-right') +
				events +
				label(plot, asOf, yEnd, text.asOfLabel, 'above-left')
			);
		}
	};
}
