/**
 * The recipe's check (docs/graphics.md): every graphic of the list has every part, and every
 * part works. A graphic missing a part fails here with its id and the part's name.
 */
import { existsSync, readdirSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/csv.server';
import { LOCALES } from '$lib/i18n/editions';
import { cardOf, graphicTexts, tablesOf, type Description } from './build.server';
import { chartOf, tableOf } from './charts';
import { GRAPHIC_IDS, GRAPHICS, isGraphicId, type GraphicId } from './index';

const HOME = 'src/lib/graphics';
/** Shared parts live here; every other folder is a graphic. */
const SHARED = 'common';
const BOX = { x: 64, y: 150, width: 1072, height: 390 };

/**
 * The words of some markup, in lower case: its tags and character references dropped (they
 * stand for punctuation here), then each run of letters and digits.
 */
const wordsOf = (markup: string): string[] =>
	markup
		.replace(/<[^>]*>|&#?\w+;/g, ' ')
		.toLowerCase()
		.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('every folder is a graphic of the list', () => {
	it('has a line in src/lib/graphics/index.ts for each folder', () => {
		const folders = readdirSync(HOME, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name !== SHARED)
			.map((entry) => entry.name);
		for (const folder of folders)
			expect(isGraphicId(folder), `${folder}/ has no line in the list`).toBe(true);
	});
});

describe.each(GRAPHIC_IDS)('the graphic "%s"', (id: GraphicId) => {
	const { states, tables } = GRAPHICS[id];

	it('has its folder, with its definition, words, tables, chart and share card', () => {
		const folder = `${HOME}/${id}`;
		expect(existsSync(folder), `${id}: no folder ${folder}/`).toBe(true);
		const files = readdirSync(folder);
		for (const part of ['graphic.ts', 'words.ts', 'tables.ts', 'card.ts'])
			expect(files, `${id}: no ${part} in ${folder}/`).toContain(part);
		expect(
			files.some((f) => f.endsWith('Chart.svelte')),
			`${id}: no <Name>Chart.svelte in ${folder}/`
		).toBe(true);
	});

	it('names its states, each once', () => {
		expect(states.length, `${id}: no states`).toBeGreaterThan(0);
		expect(new Set(states).size, `${id}: a state named twice`).toBe(states.length);
	});

	it('has words in every edition, with a text alternative for every state', () => {
		for (const locale of LOCALES) {
			const text = graphicTexts(locale)[id];
			expect(text, `${id}: no words in ${locale}`).toBeDefined();
			const descriptions: Readonly<Record<string, Description | undefined>> = text.describe;
			for (const state of states) {
				const description = descriptions[state];
				const said = typeof description === 'string' ? description : description?.lead;
				expect(
					typeof said === 'string' && said.length > 20,
					`${id}: no text alternative for "${state}" in ${locale}`
				).toBe(true);
			}
		}
	});

	// Every chart is drawn twice, as LayerCake layers on the page and as SVG for its share card:
	// what the card says, the chart must say too.
	it('draws every state as a chart on the server, with every word its share card draws', () => {
		const Chart = chartOf(id);
		const renderCard = cardOf(id);
		for (const locale of LOCALES)
			for (const state of states) {
				const text = graphicTexts(locale)[id];
				const { body } = render(Chart, { props: { state, text } });
				const drawn = new Set(wordsOf(body.replace(/<style[^]*?<\/style>/g, '')));
				const card = renderCard(state, text);
				const cardTexts = [...card.draw(BOX).matchAll(/<text[^>]*>([^]*?)<\/text>/g)].map((m) => m[1]!);
				for (const word of new Set(wordsOf([card.title, card.sources, ...cardTexts].join(' '))))
					expect(
						drawn.has(word),
						`${id}, "${state}" (${locale}): the card draws "${word}", the chart does not`
					).toBe(true);
			}
	});

	it('has a data table, with the numbers behind it as CSV', () => {
		expect(tableOf(id), `${id}: no table in charts.ts`).toBeTypeOf('function');
		expect(tables.length, `${id}: no tables`).toBeGreaterThan(0);
		const own: Readonly<Partial<Record<string, () => Dataset>>> = tablesOf(id);
		for (const table of tables) {
			const dataset = own[table];
			expect(dataset, `${id}: no dataset "${table}" in ${id}/tables.ts`).toBeTypeOf('function');
			expect(dataset?.().rows.length, `${id}: the dataset "${table}" has no rows`).toBeGreaterThan(0);
		}
	});

	it('draws every state as a share card, in every edition', () => {
		const renderCard = cardOf(id);
		expect(renderCard, `${id}: no card renderer in build.server.ts`).toBeTypeOf('function');
		for (const locale of LOCALES)
			for (const state of states) {
				const card = renderCard(state, graphicTexts(locale)[id]);
				expect(card.title, `${id}: the card has no title in "${state}" (${locale})`).not.toBe('');
				expect(card.draw(BOX), `${id}: the card draws nothing in "${state}" (${locale})`).toMatch(/^</);
			}
	});
});
