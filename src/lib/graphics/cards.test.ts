import { describe, expect, it } from 'vitest';
import { electionText } from '$lib/graphics/election/words';
import { nextText } from '$lib/graphics/next/words';
import { tenureText } from '$lib/graphics/tenure/words';
import { LOCALES } from '$lib/i18n/editions';
import { mapText } from '$lib/graphics/map/words';
import { GRAPHIC_IDS, GRAPHICS } from '$lib/graphics';
import { CARD_HEIGHT, CARD_WIDTH, palette, renderPng, type Box } from '$lib/graphics/common/card';
import { escapeXml } from '$lib/markup/escape';
import { FONT_FAMILY } from '$lib/graphics/common/fonts';
import { decodePng, luminanceVariance, type Pixels } from '../../../tests/e2e/png';
import { cardOf, graphicTexts } from './build.server';
import { electionCard } from './election/card';
import { mapCard } from './map/card';
import { nextCard } from './next/card';
import { tenureCard } from './tenure/card';

/** The box a one-line chart title leaves (card.ts): the tightest a renderer is given. */
const BOX: Box = { x: 64, y: 150, width: 1072, height: 390 };

/**
 * Below this a drawing is as good as blank: nothing drawn scores 0, the axis alone about 65, the
 * sparsest real state (the tenure bar's first weeks, its label and the axis) about 160.
 */
const MIN_VARIANCE = 100;

/** A renderer's drawing alone on a blank card, so whatever shows came from the chart itself. */
function drawingPixels(drawing: string): Pixels {
	return decodePng(
		renderPng(
			`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" font-family="${FONT_FAMILY}">` +
				`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${palette.bg}"/>${drawing}</svg>`
		)
	);
}

/** Pixels that differ from the background more than `slack` pixels outside the box. */
function strayPixels({ width, height, rgba }: Pixels, box: Box, slack: number): number {
	const [r, g, b] = [rgba[0], rgba[1], rgba[2]];
	let stray = 0;
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const inside =
				x >= box.x - slack &&
				x <= box.x + box.width + slack &&
				y >= box.y - slack &&
				y <= box.y + box.height + slack;
			const i = (y * width + x) * 4;
			if (!inside && (rgba[i] !== r || rgba[i + 1] !== g || rgba[i + 2] !== b)) stray++;
		}
	return stray;
}

const has = (svg: string, text: string) => svg.includes(`>${escapeXml(text)}</text>`);

/** The baseline of the first line of SVG text that reads exactly `text`. */
function baselineOf(svg: string, text: string): number {
	const match = new RegExp(`<text x="[^"]*" y="([^"]*)"[^>]*>${escapeXml(text)}</text>`).exec(svg);
	if (!match) throw new Error(`no text "${text}"`);
	return Number(match[1]);
}

describe.each(LOCALES)('every graphic, %s', (locale) => {
	const texts = graphicTexts(locale);

	it.each(GRAPHIC_IDS)('%s: each state draws something of its own, inside its box', (graphic) => {
		const render = cardOf(graphic);
		const drawings = GRAPHICS[graphic].states.map((state) => {
			const card = render(state, texts[graphic]);
			expect(card.title.length, state).toBeGreaterThan(10);
			expect(card.sources, state).toMatch(/^(Source|Fuente): \S/);
			const drawing = card.draw(BOX);
			const pixels = drawingPixels(drawing);
			expect(luminanceVariance(pixels, BOX.y, BOX.y + BOX.height), state).toBeGreaterThan(MIN_VARIANCE);
			// Labels may ride a few pixels over the box's top edge, as they do above the page's chart.
			expect(strayPixels(pixels, BOX, 8), state).toBe(0);
			return drawing;
		});
		expect(new Set(drawings).size).toBe(drawings.length);
	});
});

describe('election card', () => {
	const text = electionText('en');
	const [maduro, gonzalez] = text.names as [string, string];

	it('puts the larger share on top in each count, with the value the chart shows', () => {
		const official = electionCard('official', text).draw(BOX);
		const tally = electionCard('tally', text).draw(BOX);
		expect(baselineOf(official, maduro)).toBeLessThan(baselineOf(official, gonzalez));
		expect(baselineOf(tally, gonzalez)).toBeLessThan(baselineOf(tally, maduro));
		for (const value of text.values.official) expect(has(official, value)).toBe(true);
		for (const value of text.values.tally) expect(has(tally, value)).toBe(true);
	});

	it('adds the lead and the grey key from the tally on, and the checks last', () => {
		const [official, tally, checks] = (['official', 'tally', 'checks'] as const).map((s) =>
			electionCard(s, text).draw(BOX)
		) as [string, string, string];
		expect(has(official, text.marginLabel)).toBe(false);
		expect(has(official, text.officialKey)).toBe(false);
		expect(has(tally, text.marginLabel) && has(tally, text.officialKey)).toBe(true);
		for (const note of text.notes) {
			expect(has(tally, note.lead)).toBe(false);
			expect(has(checks, note.lead)).toBe(true);
		}
	});
});

describe('tenure card', () => {
	const text = tenureText('en');

	it('labels the start, then the length; lights the crises; brings in the presidents last', () => {
		const [takeover, crises, presidents] = (['takeover', 'crises', 'presidents'] as const).map((s) =>
			tenureCard(s, text).draw(BOX)
		) as [string, string, string];
		expect(has(takeover, text.startLabel) && !has(takeover, text.lengthLabel)).toBe(true);
		expect(has(crises, text.lengthLabel) && !has(crises, text.startLabel)).toBe(true);
		for (const crisis of text.crisisLabels) {
			expect(has(takeover, crisis)).toBe(false);
			expect(has(crises, crisis)).toBe(true);
		}
		expect(has(crises, text.presidentsLabel)).toBe(false);
		for (const name of [text.presidentsLabel, ...text.presidentLabels])
			expect(has(presidents, name)).toBe(true);
		// The crises step back once the presidencies come in.
		expect(presidents).toMatch(/<g opacity="0\.45">/);
	});
});

describe('next card', () => {
	const text = nextText('en');
	const words = (part: string) => text.labels.filter((l) => l.part === part).map((l) => l.text);

	it('shows the talks throughout, the pressure from its state on and the mandate last', () => {
		const [talks, pressure, legitimacy] = (['talks', 'pressure', 'legitimacy'] as const).map((s) =>
			nextCard(s, text).draw(BOX)
		) as [string, string, string];
		for (const word of [...words('always'), ...words('discussed')]) expect(has(talks, word)).toBe(true);
		for (const word of words('pressure')) {
			expect(has(talks, word)).toBe(false);
			expect(has(pressure, word)).toBe(true);
		}
		for (const word of words('legitimacy')) {
			expect(has(pressure, word)).toBe(false);
			expect(has(legitimacy, word)).toBe(true);
		}
	});
});

describe('map card', () => {
	const text = mapText('en');
	const states = GRAPHICS.map.states;

	it("is headed by each state's caption and draws only that state's labels", () => {
		for (const state of states) {
			const card = mapCard(state, text);
			expect(card.title).toBe(text.captions[state]);
			const drawing = card.draw(BOX);
			// A sea named twice (in different states) is one set of words: drawn if either is shown.
			for (const l of text.labels) {
				const shown = text.labels.some((o) => o.lines[0] === l.lines[0] && o.states.includes(state));
				expect(has(drawing, l.lines[0]!), `${state}: ${l.id}`).toBe(shown);
			}
		}
	});

	it('draws the strike zones, the carrier route and the alliance arc in their states only', () => {
		const drawings = states.map((s) => mapCard(s, text).draw(BOX));
		const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;
		states.forEach((state, i) => {
			const svg = drawings[i]!;
			expect(count(svg, /<ellipse cx=/g), state).toBe(state === 'strikes' ? text.zones.length : 0);
			expect(svg.includes(`d="${text.route.d}"`), state).toBe(state === 'carrier');
			expect(svg.includes(`d="${text.arc.d}"`), state).toBe(state === 'cuba');
		});
	});

	it('keys its marks on the card itself, so a card met alone says what they are', () => {
		for (const state of states) {
			const svg = mapCard(state, text).draw(BOX);
			const kinds = text.cardKeys[state].map((k) => k.kind);
			if (state === 'carrier') expect(kinds).toEqual(expect.arrayContaining(['site', 'area', 'route']));
			if (state === 'strikes') expect(kinds).toContain('zone');
			if (state === 'cuba') expect(kinds).toContain('arc');
			for (const key of text.cardKeys[state]) expect(svg, state).toContain(`>${key.text}</text>`);
		}
	});
});
