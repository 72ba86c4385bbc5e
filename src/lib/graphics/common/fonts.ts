/**
 * The fonts the share images are set in, and how wide a run of text is in them. The fonts ship
 * with the project (DejaVu Sans, Bitstream Vera licence, see fonts/LICENSE) and are handed to
 * resvg by path with system fonts switched off, so an image comes out the same on every machine
 * that builds the site, whatever fonts that machine has.
 *
 * resvg sets text but does not wrap it, so lines are broken here, with each glyph's advance
 * width read from the font file itself (TrueType `cmap` format 4 and `hmtx` tables). Kerning is
 * ignored, which is why wrapping leaves a small margin.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FONT_FAMILY = 'DejaVu Sans';

/** Paths from the project root, where the build, the dev server and the tests all run. */
export const FONT_FILES = {
	regular: resolve('src/lib/graphics/common/fonts/DejaVuSans.ttf'),
	bold: resolve('src/lib/graphics/common/fonts/DejaVuSans-Bold.ttf')
} as const;

export type Weight = keyof typeof FONT_FILES;

interface FontMetrics {
	unitsPerEm: number;
	/** Advance width of a character, in font units. */
	advance(codePoint: number): number;
}

/** Reads the advance widths of a TrueType font's Basic Multilingual Plane characters. */
export function readFontMetrics(font: Uint8Array): FontMetrics {
	const data = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const tables = new Map<string, number>();
	for (let i = 0; i < data.getUint16(4); i++) {
		const record = 12 + i * 16;
		const tag = String.fromCharCode(...font.subarray(record, record + 4));
		tables.set(tag, data.getUint32(record + 8));
	}
	const table = (tag: string): number => {
		const offset = tables.get(tag);
		if (offset === undefined) throw new Error(`font has no ${tag} table`);
		return offset;
	};
	const unitsPerEm = data.getUint16(table('head') + 18);
	const metricCount = data.getUint16(table('hhea') + 34);
	const hmtx = table('hmtx');
	const cmap = table('cmap');

	let format4: number | undefined;
	for (let i = 0; i < data.getUint16(cmap + 2); i++) {
		const record = cmap + 4 + i * 8;
		const platform = data.getUint16(record);
		const encoding = data.getUint16(record + 2);
		const subtable = cmap + data.getUint32(record + 4);
		if ((platform === 3 && encoding === 1) || platform === 0) {
			if (data.getUint16(subtable) === 4) format4 = subtable;
		}
	}
	if (format4 === undefined) throw new Error('font has no Unicode (format 4) character map');
	const segments = data.getUint16(format4 + 6) / 2;
	const ends = format4 + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;

	function glyphOf(codePoint: number): number {
		for (let i = 0; i < segments; i++) {
			if (data.getUint16(ends + i * 2) < codePoint) continue;
			const start = data.getUint16(starts + i * 2);
			if (start > codePoint) return 0;
			const delta = data.getUint16(deltas + i * 2);
			const rangeOffset = data.getUint16(rangeOffsets + i * 2);
			if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
			const glyph = data.getUint16(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
			return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
		}
		return 0;
	}

	const cache = new Map<number, number>();
	return {
		unitsPerEm,
		advance(codePoint) {
			let width = cache.get(codePoint);
			if (width === undefined) {
				const glyph = codePoint > 0xffff ? 0 : glyphOf(codePoint);
				width = data.getUint16(hmtx + Math.min(glyph, metricCount - 1) * 4);
				cache.set(codePoint, width);
			}
			return width;
		}
	};
}

const metrics = new Map<Weight, FontMetrics>();

function metricsOf(weight: Weight): FontMetrics {
	let m = metrics.get(weight);
	if (!m) {
		m = readFontMetrics(readFileSync(FONT_FILES[weight]));
		metrics.set(weight, m);
	}
	return m;
}

/** The width of a line of text, in pixels, set at `size` pixels. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
	const m = metricsOf(weight);
	let units = 0;
	for (const char of text) units += m.advance(char.codePointAt(0)!);
	return (units / m.unitsPerEm) * size;
}

/** Room kept at the end of every line for the kerning the measure ignores. */
const KERNING_MARGIN = 0.97;

/**
 * Breaks text into lines no wider than `width`, at spaces, keeping at most `maxLines`; when the
 * text runs on, the last line ends with an ellipsis. A word too long for a line is cut.
 */
export function wrapText(
	text: string,
	{
		size,
		width,
		maxLines,
		weight = 'regular'
	}: { size: number; width: number; maxLines: number; weight?: Weight }
): string[] {
	const room = width * KERNING_MARGIN;
	const fits = (line: string) => textWidth(line, size, weight) <= room;
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	let i = 0;
	for (; i < words.length; i++) {
		const candidate = line ? `${line} ${words[i]}` : words[i]!;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = words[i]!;
		if (lines.length === maxLines) break;
		while (!fits(line)) line = line.slice(0, -1);
	}
	if (lines.length < maxLines && line) {
		lines.push(line);
		line = '';
	}
	if (i < words.length || line) {
		let last = `${lines.pop() ?? ''}…`;
		while (!fits(last) && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
		lines.push(last);
	}
	return lines;
}
