/**
 * The "what comes next" diagram as a share image: the talks, the two paths discussed in them,
 * the pressure that rose instead and the disputed mandate under them all, each at the strength
 * the state gives it, placed from the layout and words the diagram itself receives (nextText).
 */
import type { NextText } from '$lib/graphics/next/words';
import type { NextPart, NextState } from '$lib/graphics/next/view';
import type { Box, CardGraphic } from '$lib/graphics/common/card';
import { AXIS_ROOM, axisX, bar, dot, faded, label, line, plotIn, sourcesLine } from '../common/card-marks';

export function nextCard(state: NextState, text: NextText): CardGraphic {
	const { views, from, to, yEnd, ticks, rows, barHalf, talks, handoverX, recallX, legitimacyX } = text.layout;
	const view = views[state];
	const [talksFrom, talksTo] = talks;
	const opacity: Record<NextPart, number> = {
		always: 1,
		discussed: view.discussedOpacity,
		pressure: view.pressureOpacity,
		legitimacy: view.legitimacyOpacity
	};
	return {
		title: text.title,
		sources: sourcesLine(text.sourceLead, text.sources),
		draw(box: Box) {
			const plot = plotIn(box, [from, to], [0, yEnd], AXIS_ROOM);
			const handoverEnd = { x: handoverX, y: rows.handover };
			const pressureHead = { x: view.pressureTo, y: rows.pressure };
			// Lines and bars under the words, dots over them, as on the page (dots are its top layer).
			const marks: Record<NextPart, string> = {
				always: bar(plot, talksFrom, talksTo, rows.talks - barHalf, rows.talks + barHalf),
				legitimacy: bar(
					plot,
					legitimacyX,
					to,
					rows.legitimacy - barHalf,
					rows.legitimacy + barHalf,
					'accent'
				),
				discussed:
					line(plot, [{ x: talksTo, y: rows.handover }, handoverEnd], true) +
					line(
						plot,
						[
							{ x: talksTo, y: rows.recall },
							{ x: to, y: rows.recall }
						],
						true
					),
				pressure: line(plot, [{ x: talksTo, y: rows.pressure }, pressureHead])
			};
			const dots =
				faded(
					opacity.discussed,
					dot(plot, handoverEnd, true) + dot(plot, { x: recallX, y: rows.recall }, true)
				) + faded(opacity.pressure, dot(plot, pressureHead));
			const labels = text.labels.map((l) =>
				faded(
					opacity[l.part],
					label(plot, l.x, l.y, l.text, l.place, { weight: l.emphasis ? 'bold' : 'regular' })
				)
			);
			const parts = (Object.keys(marks) as NextPart[]).map((part) => faded(opacity[part], marks[part]));
			return axisX(plot, ticks, plot.y(yEnd), String, true) + parts.join('') + labels.join('') + dots;
		}
	};
}
