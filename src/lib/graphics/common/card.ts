/**
 * Share images: 1200×630 cards composed as SVG, with SVG text (the charts set theirs in HTML,
 * which resvg cannot draw), and rendered to PNG at build time with resvg. Two layouts: a graphic
 * card (a chart drawn by its graphic's card renderer, see src/lib/graphics/build.server.ts) and a
 * words card (for the story itself and text steps).
 */
import resvg from '@resvg/resvg-js';
import { escapeXml } from '$lib/markup/escape';
import { COLOURS, type ColourName } from '$lib/theme/colours';
import { FONT_FAMILY, FONT_FILES, wrapText, type Weight } from './fonts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 64;

/** A colour token's light value. */
const token = (name: ColourName): string => COLOURS[name][0];

/** The story's light palette: share previews sit on light and dark feeds alike. */
export const palette = {
	bg: token('bg'),
	text: token('text'),
	muted: token('muted'),
	rule: token('rule'),
	accent: token('accent'),
	line: token('chart-line'),
	grid: token('chart-grid'),
	sea: token('map-sea'),
	land: token('map-land'),
	focus: token('map-focus')
} as const;

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** What a graphic's card renderer hands back for one state. */
export interface CardGraphic {
	/** The chart's own title, set above the drawing. */
	title: string;
	/** The sources line under the drawing. */
	sources: string;
	/** SVG elements that draw the chart inside `box`, text included. */
	draw(box: Box): string;
}

export interface TextOptions {
	size: number;
	weight?: Weight;
	fill?: string;
	anchor?: 'start' | 'middle' | 'end';
}

/** One line of SVG text; `y` is its baseline. */
export function svgText(x: number, y: number, text: string, o: TextOptions): string {
	const weight = o.weight === 'bold' ? ' font-weight="bold"' : '';
	const anchor = o.anchor && o.anchor !== 'start' ? ` text-anchor="${o.anchor}"` : '';
	return `<text x="${x}" y="${y}" font-size="${o.size}"${weight}${anchor} fill="${o.fill ?? palette.text}">${escapeXml(text)}</text>`;
}

/** Lines of text from a top edge; returns the elements and where the block ends. */
function textBlock(
	lines: string[],
	top: number,
	o: TextOptions & { leading: number }
): { svg: string; bottom: number } {
	const svg = lines.map((line, i) => svgText(MARGIN, top + o.size + i * o.leading, line, o)).join('');
	return { svg, bottom: top + o.size + (lines.length - 1) * o.leading + (o.leading - o.size) };
}

/** Footer lines under the rule: one line each, cut with an ellipsis where a line runs long. */
const FOOT_SIZE = 20;
const FOOT_LEADING = 26;
/** Height of the footer block: the rule and its lines. */
const footHeight = (lines: number) => 66 + (lines - 1) * FOOT_LEADING;

function frame(kicker: string, body: string, footer: readonly string[]): string {
	const width = CARD_WIDTH - 2 * MARGIN;
	const rule = CARD_HEIGHT - footHeight(footer.length);
	const foot = footer
		.map((line, i) => {
			const [fitted = ''] = wrapText(line, { size: FOOT_SIZE, width, maxLines: 1 });
			return svgText(MARGIN, rule + 36 + i * FOOT_LEADING, fitted, { size: FOOT_SIZE, fill: palette.muted });
		})
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" ` +
		`viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT_FAMILY}">` +
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${palette.bg}"/>` +
		`<rect width="${CARD_WIDTH}" height="10" fill="${palette.accent}"/>` +
		svgText(MARGIN, 74, wrapText(kicker, { size: 22, width, maxLines: 1, weight: 'bold' })[0] ?? '', {
			size: 22,
			weight: 'bold',
			fill: palette.accent
		}) +
		body +
		`<line x1="${MARGIN}" x2="${CARD_WIDTH - MARGIN}" y1="${rule}" y2="${rule}" stroke="${palette.rule}" stroke-width="2"/>` +
		foot +
		`</svg>`
	);
}

/**
 * A chart in one state: kicker, the chart's title, the drawing, and a footer of its sources over
 * `dateLine`, the date the card describes, so a card met on its own never passes for current news.
 */
export function graphicCardSvg(kicker: string, graphic: CardGraphic, dateLine: string): string {
	const width = CARD_WIDTH - 2 * MARGIN;
	const title = textBlock(wrapText(graphic.title, { size: 34, width, maxLines: 2, weight: 'bold' }), 92, {
		size: 34,
		weight: 'bold',
		leading: 42
	});
	const top = title.bottom + 16;
	const footer = [graphic.sources, dateLine];
	const box = { x: MARGIN, y: top, width, height: CARD_HEIGHT - footHeight(footer.length) - 24 - top };
	return frame(kicker, title.svg + graphic.draw(box), footer);
}

export interface WordsCard {
	kicker: string;
	heading: string;
	/** Larger for the story's own card, which has a short title and a short dek. */
	headingSize: number;
	body: string;
	/** One line each, under the rule; the last says what date the card describes. */
	footer: readonly string[];
}

/** A typographic card: kicker, heading, and as much of the body as fits, ending in an ellipsis. */
export function wordsCardSvg(card: WordsCard): string {
	const width = CARD_WIDTH - 2 * MARGIN;
	const headingLeading = Math.round(card.headingSize * 1.18);
	const heading = textBlock(
		wrapText(card.heading, { size: card.headingSize, width, maxLines: 2, weight: 'bold' }),
		104,
		{ size: card.headingSize, weight: 'bold', leading: headingLeading }
	);
	const bodySize = 32;
	const bodyLeading = 46;
	const bodyTop = heading.bottom + 24;
	const room =
		Math.floor((CARD_HEIGHT - footHeight(card.footer.length) - 30 - bodyTop - bodySize) / bodyLeading) + 1;
	const body = textBlock(
		wrapText(card.body, { size: bodySize, width, maxLines: Math.max(1, room) }),
		bodyTop,
		{
			size: bodySize,
			leading: bodyLeading,
			fill: palette.text
		}
	);
	return frame(card.kicker, heading.svg + body.svg, card.footer);
}

/** Renders a card to PNG with the project's own fonts only (see fonts.ts). */
export function renderPng(svg: string): Buffer {
	const image = new resvg.Resvg(svg, {
		font: {
			loadSystemFonts: false,
			fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
			defaultFontFamily: FONT_FAMILY,
			sansSerifFamily: FONT_FAMILY
		},
		fitTo: { mode: 'original' },
		shapeRendering: 2,
		textRendering: 1
	});
	return image.render().asPng();
}
