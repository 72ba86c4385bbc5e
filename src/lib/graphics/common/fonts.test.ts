import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, readFontMetrics, textWidth, wrapText } from './fonts';

describe('font metrics', () => {
	const regular = readFontMetrics(readFileSync(FONT_FILES.regular));

	it('reads advance widths from the font file', () => {
		expect(regular.unitsPerEm).toBe(2048);
		const width = (c: string) => regular.advance(c.codePointAt(0)!);
		expect(width('i')).toBeLessThan(width('M'));
		expect(width(' ')).toBeGreaterThan(0);
		// Accented letters and typographic punctuation are mapped, not measured as the missing glyph.
		expect(width('á')).toBe(width('a'));
		expect(width('’')).not.toBe(regular.advance(0x10ffff));
	});

	it('measures bold wider than regular and scales with size', () => {
		expect(textWidth('Maduro', 20, 'bold')).toBeGreaterThan(textWidth('Maduro', 20));
		expect(textWidth('Maduro', 40)).toBeCloseTo(textWidth('Maduro', 20) * 2, 6);
	});

	it('refuses a file that is not a TrueType font', () => {
		expect(() => readFontMetrics(new Uint8Array(64))).toThrow(/no head table/);
	});
});

describe('wrapping', () => {
	const text = 'Output per person then shrank year after year, and the average Venezuelan produced far less';

	it('keeps every line within the width and loses no word', () => {
		const lines = wrapText(text, { size: 32, width: 400, maxLines: 10 });
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(textWidth(line, 32)).toBeLessThanOrEqual(400);
		expect(lines.join(' ')).toBe(text);
	});

	it('stops at the line limit with an ellipsis that still fits', () => {
		const lines = wrapText(text, { size: 32, width: 400, maxLines: 2 });
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
		expect(textWidth(lines[1]!, 32)).toBeLessThanOrEqual(400);
	});

	it('cuts a word too long for any line rather than overflowing', () => {
		const lines = wrapText('x'.repeat(200), { size: 32, width: 300, maxLines: 1 });
		expect(lines).toHaveLength(1);
		expect(textWidth(lines[0]!, 32)).toBeLessThanOrEqual(300);
	});

	it('gives no lines for no words', () => {
		expect(wrapText('  ', { size: 32, width: 300, maxLines: 3 })).toEqual([]);
	});
});
