/**
 * The election chart as a share image: the bars of each state at their lengths and rows, the
 * council's figures in grey behind them, González's lead and the independent checks, all placed
 * from the layout and words the chart itself receives (electionText).
 */
import type { ElectionText } from '$lib/graphics/election/words';
import type { ElectionState } from '$lib/graphics/election/view';
import { palette, svgText, type Box, type CardGraphic } from '$lib/graphics/common/card';
import { textWidth, wrapText } from '$lib/graphics/common/fonts';
import { bar, faded, label, LABEL_SIZE, plotIn, sourcesLine, span } from '../common/card-marks';

const NAME_SIZE = 26;
const VALUE_SIZE = 26;
const NOTE_SIZE = 20;
const NOTE_LEADING = 34;

/** The checks, one short line each under the bars, led by who made them (layers/Notes.html.svelte). */
function notes(text: ElectionText, box: Box, top: number): string {
	return text.notes
		.map((note, i) => {
			const baseline = top + NOTE_SIZE + i * NOTE_LEADING;
			const x = box.x + 14;
			const lead = svgText(x, baseline, note.lead, { size: NOTE_SIZE, weight: 'bold' });
			const after = x + textWidth(`${note.lead} `, NOTE_SIZE, 'bold');
			const [rest = ''] = wrapText(note.text, {
				size: NOTE_SIZE,
				width: box.x + box.width - after,
				maxLines: 1
			});
			const rule = `<rect x="${box.x}" y="${baseline - NOTE_SIZE}" width="3" height="${NOTE_SIZE + 6}" fill="${palette.accent}"/>`;
			return rule + lead + svgText(after, baseline, rest, { size: NOTE_SIZE });
		})
		.join('');
}

export function electionCard(state: ElectionState, text: ElectionText): CardGraphic {
	const { views, bars, officialShares, notesFrom, row: ROW } = text.layout;
	const view = views[state];
	const shown = bars[state];
	const values = text.values[view.count];
	return {
		title: text.title[state],
		sources: sourcesLine(text.sourceLead, text.sources),
		draw(box: Box) {
			const plot = plotIn(box, [0, 100], [0, view.yEnd]);
			const [maduro, gonzalez] = shown;
			if (!maduro || !gonzalez) return '';
			const official = officialShares
				.map((share, i) => {
					const { row } = shown[i]!;
					return bar(plot, 0, share, row + ROW.officialTop, row + ROW.officialBottom, 'muted');
				})
				.join('');
			const lastRow = officialShares.length - 1;
			const officialKey = label(plot, 0, lastRow + ROW.officialBottom, text.officialKey, 'below-right', {
				fill: palette.muted
			});
			const barsAndLabels = shown
				.map(
					({ share, row }, i) =>
						bar(plot, 0, share, row + ROW.barTop, row + ROW.barBottom) +
						label(plot, 0, row + ROW.barTop, text.names[i]!, 'above-right', {
							size: NAME_SIZE,
							weight: 'bold'
						}) +
						label(plot, share, row + (ROW.barTop + ROW.barBottom) / 2, values[i]!, 'right', {
							size: VALUE_SIZE
						})
				)
				.join('');
			const lead =
				span(
					plot,
					{ x: maduro.share, y: maduro.row + ROW.barBottom },
					{ x: gonzalez.share, y: maduro.row + ROW.barBottom }
				) +
				label(plot, gonzalez.share, maduro.row + ROW.barBottom, text.marginLabel, 'right', {
					size: LABEL_SIZE,
					weight: 'bold'
				});
			return (
				faded(view.showOfficial ? 1 : 0, official + officialKey) +
				barsAndLabels +
				faded(view.showMargin ? 1 : 0, lead) +
				faded(view.showChecks ? 1 : 0, notes(text, box, plot.y(notesFrom) + 24))
			);
		}
	};
}
