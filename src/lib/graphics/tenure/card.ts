/**
 * The tenure timeline as a share image: his rule drawn to where the state has it, the crises lit
 * as the bar passes them (litness, as on the page) and the U.S. presidencies beneath, all placed
 * from the layout and words the chart itself receives (tenureText).
 */
import { litness } from '$lib/graphics/tenure/litness';
import type { TenureText } from '$lib/graphics/tenure/words';
import type { TenureState } from '$lib/graphics/tenure/view';
import type { Box, CardGraphic } from '$lib/graphics/common/card';
import { AXIS_ROOM, axisX, bar, dot, faded, label, plotIn, sourcesLine } from '../common/card-marks';

export function tenureCard(state: TenureState, text: TenureText): CardGraphic {
	const { views, from, to, yEnd, ticks, rule, presidents, crisisMarks, presidencyBands } = text.layout;
	const view = views[state];
	return {
		title: text.title,
		sources: sourcesLine(text.sourceLead, text.sources),
		draw(box: Box) {
			const plot = plotIn(box, [from, to], [0, yEnd], AXIS_ROOM);
			const ruleBar =
				bar(plot, from, view.drawnTo, rule.top, rule.bottom) +
				(view.showLength
					? label(plot, to, rule.top, text.lengthLabel, 'above-left', { weight: 'bold' })
					: label(plot, from, rule.top, text.startLabel, 'above-right'));
			const crises = crisisMarks
				.map((mark, i) =>
					faded(
						litness(mark.x, view.drawnTo) * view.crisesOpacity,
						dot(plot, mark) + label(plot, mark.x, mark.y, text.crisisLabels[i]!, mark.place)
					)
				)
				.join('');
			const bandMiddle = (presidents.top + presidents.bottom) / 2;
			const bands = presidencyBands
				.map(
					(band, i) =>
						bar(plot, band.x0, band.x1, presidents.top, presidents.bottom, 'muted') +
						label(
							plot,
							band.label.x,
							band.label.place === 'center' ? bandMiddle : presidents.bottom,
							text.presidentLabels[i]!,
							band.label.place
						)
				)
				.join('');
			const presidentsRow = label(plot, from, presidents.top, text.presidentsLabel, 'above-right') + bands;
			return (
				axisX(plot, ticks, plot.y(yEnd)) +
				ruleBar +
				crises +
				faded(view.showPresidents ? 1 : 0, presidentsRow)
			);
		}
	};
}
