/**
 * The slides as PowerPoint (pptxgenjs): one 16:9 slide per stage, a title slide and a closing
 * slide. Words stay editable text with the figures in bold; each stage's presenter notes become its
 * speaker notes. A .pptx cannot carry fonts (pptxgenjs does not embed them), so the words are set in
 * Arial, which every PowerPoint, Keynote and Google Slides has; the graphics are images drawn in the
 * project's own font.
 */
import PptxGenJS from 'pptxgenjs';
import { palette } from '$lib/graphics/common/card';
import type { Run, SlideDeck } from './slides.server';
import { FIGURE } from './slides.server';

/** The slide in inches (PowerPoint's 16:9 "wide" layout). */
const W = 13.333;
const H = 7.5;
const FONT = 'Arial';
/** Colours as pptxgenjs takes them: hex without the hash. */
const hex = (css: string) => css.replace('#', '');
const TEXT = hex(palette.text);
const MUTED = hex(palette.muted);
const ACCENT = hex(palette.accent);

/** Sizes in points: chart-side words at 2.2% of the slide's height or more (12 pt), the step's words at 3.3% (18 pt) or more. */
const SIZE = { words: 20, small: 13, kicker: 14, title: 40 } as const;

const png = (data: Buffer) => `image/png;base64,${data.toString('base64')}`;

function textRuns(words: Run[]): PptxGenJS.TextProps[] {
	return words.map((w) => ({ text: w.text, options: { bold: w.bold } }));
}

function audienceCode(slide: PptxGenJS.Slide, deck: SlideDeck, y: number): void {
	slide.addImage({ data: png(deck.qr), x: 0.6, y, w: 1.6, h: 1.6, altText: deck.url });
	slide.addText(
		[
			{ text: deck.scan, options: { breakLine: true } },
			{ text: deck.url, options: { bold: true, color: TEXT } }
		],
		{ x: 2.4, y, w: 6, h: 1.6, fontFace: FONT, fontSize: SIZE.small + 3, color: MUTED, valign: 'middle' }
	);
}

export async function slidesPptx(deck: SlideDeck): Promise<Buffer> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = deck.title;
	pptx.author = deck.credit;

	const title = pptx.addSlide();
	title.background = { color: hex(palette.bg) };
	title.addText(deck.title, {
		x: 0.6,
		y: 0.5,
		w: W - 1.2,
		h: 1,
		fontFace: FONT,
		fontSize: SIZE.title,
		bold: true,
		color: TEXT
	});
	title.addText(deck.dek, {
		x: 0.6,
		y: 1.5,
		w: W - 1.2,
		h: 0.9,
		fontFace: FONT,
		fontSize: SIZE.words,
		color: TEXT,
		valign: 'top'
	});
	title.addText(`${deck.credit} · ${deck.asOf}`, {
		x: 0.6,
		y: 2.4,
		w: W - 1.2,
		h: 0.4,
		fontFace: FONT,
		fontSize: SIZE.small + 1,
		color: MUTED
	});
	title.addText(
		[
			{ text: deck.editorsNote.title, options: { bold: true, breakLine: true } },
			...textRuns(deck.editorsNote.words)
		],
		{ x: 0.6, y: 3, w: W - 1.2, h: 2, fontFace: FONT, fontSize: SIZE.small + 1, color: TEXT, valign: 'top' }
	);
	audienceCode(title, deck, 5.3);

	// The graphic on the left, as tall as the slide allows; the words in a column beside it.
	const figureH = H - 0.9;
	const figureW = (figureH * FIGURE.width) / FIGURE.height;
	const column = { x: 0.3 + figureW + 0.35, w: W - (0.3 + figureW + 0.35) - 0.4 };
	for (const stage of deck.stages) {
		const slide = pptx.addSlide();
		slide.background = { color: hex(palette.bg) };
		const x = stage.image ? column.x : 1.5;
		const w = stage.image ? column.w : W - 3;
		if (stage.image) slide.addImage({ data: png(stage.image.png), x: 0.3, y: 0.3, w: figureW, h: figureH });
		slide.addText(stage.kicker.toUpperCase(), {
			x,
			y: 0.4,
			w: w - 1,
			h: 0.4,
			fontFace: FONT,
			fontSize: SIZE.kicker,
			bold: true,
			color: ACCENT
		});
		slide.addText(stage.counter, {
			x: x + w - 1,
			y: 0.4,
			w: 1,
			h: 0.4,
			fontFace: FONT,
			fontSize: SIZE.kicker,
			bold: true,
			color: MUTED,
			align: 'right'
		});
		slide.addText(textRuns(stage.words), {
			x,
			y: 0.9,
			w,
			h: 4.6,
			fontFace: FONT,
			fontSize: SIZE.words,
			color: TEXT,
			valign: 'top'
		});
		if (stage.extra.length > 0)
			slide.addText(stage.extra.join('\n'), {
				x,
				y: 5.5,
				w,
				h: 1.1,
				fontFace: FONT,
				fontSize: SIZE.small,
				color: MUTED,
				valign: 'top'
			});
		slide.addText(stage.sources, {
			x: 0.3,
			y: H - 0.6,
			w: W - 0.7,
			h: 0.45,
			fontFace: FONT,
			fontSize: SIZE.small - 1,
			color: MUTED,
			valign: 'top'
		});
		slide.addNotes(stage.notes);
	}

	const closing = pptx.addSlide();
	closing.background = { color: hex(palette.bg) };
	closing.addText(
		[
			{ text: deck.closing.sourcesTitle, options: { bold: true, fontSize: SIZE.words, breakLine: true } },
			{ text: deck.closing.sources, options: { breakLine: true } },
			{ text: ' ', options: { breakLine: true } },
			{ text: deck.closing.creditsTitle, options: { bold: true, fontSize: SIZE.words, breakLine: true } },
			{ text: deck.closing.credits }
		],
		{ x: 0.6, y: 0.5, w: W - 1.2, h: 4.6, fontFace: FONT, fontSize: SIZE.small, color: TEXT, valign: 'top' }
	);
	audienceCode(closing, deck, 5.3);

	return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
