/**
 * The slides as PDF (pdf-lib): the same pages as the PowerPoint, 16:9, set in the project's own
 * font (DejaVu Sans, src/lib/graphics/common/fonts), embedded as subsets so the file reads the same on any
 * machine. A PDF has no speaker notes: the presenter notes travel in the PowerPoint only.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { palette } from '$lib/graphics/common/card';
import { FONT_FILES } from '$lib/graphics/common/fonts';
import { FIGURE, type Run, type SlideDeck } from './slides.server';

/** The page in points: 13.333 × 7.5 inches, as the PowerPoint's slides. */
const W = 960;
const H = 540;
/** Sizes in points, as in the PowerPoint: 2.2% of the page's height is 11.9 pt, 3.3% is 17.8 pt. */
const SIZE = { words: 20, small: 13, kicker: 14, title: 40 } as const;

function colour(css: string): RGB {
	const n = parseInt(css.replace('#', ''), 16);
	return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}
const TEXT = colour(palette.text);
const MUTED = colour(palette.muted);
const ACCENT = colour(palette.accent);

interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
}

interface Block {
	x: number;
	/** The top of the block, from the page's top. */
	top: number;
	width: number;
	size: number;
	color?: RGB;
	/** At most this many lines; the rest is cut. */
	maxLines?: number;
}

/**
 * Sets runs of text as wrapped lines, each word in its run's weight, from the block's top down;
 * returns where the block ends, from the page's top.
 */
function drawRuns(page: PDFPage, fonts: Fonts, runs: Run[], block: Block): number {
	const leading = block.size * 1.25;
	// Words, each a list of parts in their runs' weights: a figure and the comma after it are one
	// word, and never part at a line's end.
	const words: { text: string; font: PDFFont }[][] = [[]];
	for (const run of runs)
		for (const piece of run.text.split(/(\s+)/)) {
			if (piece === '') continue;
			if (/^\s+$/.test(piece)) words.push([]);
			else words.at(-1)!.push({ text: piece, font: run.bold ? fonts.bold : fonts.regular });
		}
	const widthOf = (parts: { text: string; font: PDFFont }[]) =>
		parts.reduce((sum, p) => sum + p.font.widthOfTextAtSize(p.text, block.size), 0);
	const space = fonts.regular.widthOfTextAtSize(' ', block.size);
	const lines: { text: string; font: PDFFont }[][][] = [[]];
	let width = 0;
	for (const word of words.filter((w) => w.length > 0)) {
		const w = widthOf(word);
		const line = lines.at(-1)!;
		if (line.length > 0 && width + space + w > block.width) {
			lines.push([word]);
			width = w;
		} else {
			line.push(word);
			width += (line.length > 1 ? space : 0) + w;
		}
	}
	const shown = lines.slice(0, block.maxLines ?? lines.length);
	shown.forEach((line, i) => {
		let x = block.x;
		const y = H - block.top - block.size - i * leading;
		for (const word of line) {
			for (const part of word) {
				page.drawText(part.text, { x, y, size: block.size, font: part.font, color: block.color ?? TEXT });
				x += part.font.widthOfTextAtSize(part.text, block.size);
			}
			x += space;
		}
	});
	return block.top + shown.length * leading;
}

const plainRun = (text: string, bold = false): Run[] => [{ text, bold }];

export async function slidesPdf(deck: SlideDeck): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	pdf.registerFontkit(fontkit);
	pdf.setTitle(deck.title);
	pdf.setAuthor(deck.credit);
	pdf.setLanguage(deck.locale);
	// Dated by the story, not the build, so every build writes the same file.
	pdf.setCreationDate(new Date(deck.published));
	pdf.setModificationDate(new Date(deck.published));
	const fonts: Fonts = {
		regular: await pdf.embedFont(readFileSync(FONT_FILES.regular), { subset: true }),
		bold: await pdf.embedFont(readFileSync(FONT_FILES.bold), { subset: true })
	};
	const qr = await pdf.embedPng(deck.qr);
	const newPage = () => {
		const page = pdf.addPage([W, H]);
		page.drawRectangle({ x: 0, y: 0, width: W, height: H, color: colour(palette.bg) });
		return page;
	};
	const audienceCode = (page: PDFPage) => {
		page.drawImage(qr, { x: 43, y: 30, width: 115, height: 115 });
		const after = drawRuns(page, fonts, plainRun(deck.scan), {
			x: 173,
			top: H - 120,
			width: 500,
			size: 16,
			color: MUTED
		});
		drawRuns(page, fonts, plainRun(deck.url, true), { x: 173, top: after + 4, width: 600, size: 16 });
	};

	const title = newPage();
	let top = drawRuns(title, fonts, plainRun(deck.title, true), {
		x: 43,
		top: 36,
		width: W - 86,
		size: SIZE.title
	});
	top = drawRuns(title, fonts, plainRun(deck.dek), { x: 43, top: top + 8, width: W - 86, size: SIZE.words });
	top = drawRuns(title, fonts, plainRun(`${deck.credit} · ${deck.asOf}`), {
		x: 43,
		top: top + 8,
		width: W - 86,
		size: SIZE.small + 1,
		color: MUTED
	});
	top = drawRuns(title, fonts, plainRun(deck.editorsNote.title, true), {
		x: 43,
		top: top + 16,
		width: W - 86,
		size: SIZE.small + 1
	});
	drawRuns(title, fonts, deck.editorsNote.words, { x: 43, top, width: W - 86, size: SIZE.small + 1 });
	audienceCode(title);

	// As the PowerPoint: the graphic on the left, as tall as the page allows; the words beside it.
	const figureH = H - 65;
	const figureW = (figureH * FIGURE.width) / FIGURE.height;
	const column = { x: 22 + figureW + 25, width: W - (22 + figureW + 25) - 29 };
	for (const stage of deck.stages) {
		const page = newPage();
		const x = stage.image ? column.x : 108;
		const width = stage.image ? column.width : W - 216;
		if (stage.image) {
			const image = await pdf.embedPng(stage.image.png);
			page.drawImage(image, { x: 22, y: H - 22 - figureH, width: figureW, height: figureH });
		}
		drawRuns(page, fonts, plainRun(stage.kicker.toUpperCase(), true), {
			x,
			top: 29,
			width: width - 72,
			size: SIZE.kicker,
			color: ACCENT,
			maxLines: 1
		});
		const counterWidth = fonts.bold.widthOfTextAtSize(stage.counter, SIZE.kicker);
		page.drawText(stage.counter, {
			x: x + width - counterWidth,
			y: H - 29 - SIZE.kicker,
			size: SIZE.kicker,
			font: fonts.bold,
			color: MUTED
		});
		const after = drawRuns(page, fonts, stage.words, { x, top: 65, width, size: SIZE.words });
		if (stage.extra.length > 0)
			drawRuns(page, fonts, plainRun(stage.extra.join(' ')), {
				x,
				top: after + 12,
				width,
				size: SIZE.small,
				color: MUTED
			});
		drawRuns(page, fonts, plainRun(stage.sources), {
			x: 22,
			top: H - 40,
			width: W - 50,
			size: SIZE.small - 1,
			color: MUTED,
			maxLines: 2
		});
	}

	const closing = newPage();
	top = drawRuns(closing, fonts, plainRun(deck.closing.sourcesTitle, true), {
		x: 43,
		top: 36,
		width: W - 86,
		size: SIZE.words
	});
	top = drawRuns(closing, fonts, plainRun(deck.closing.sources), {
		x: 43,
		top: top + 4,
		width: W - 86,
		size: SIZE.small
	});
	top = drawRuns(closing, fonts, plainRun(deck.closing.creditsTitle, true), {
		x: 43,
		top: top + 16,
		width: W - 86,
		size: SIZE.words
	});
	drawRuns(closing, fonts, plainRun(deck.closing.credits), {
		x: 43,
		top: top + 4,
		width: W - 86,
		size: SIZE.small
	});
	audienceCode(closing);

	return pdf.save();
}
