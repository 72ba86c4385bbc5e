import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gdpText } from '$lib/graphics/gdp/words';
import { GRAPHIC_IDS } from '$lib/graphics';
import { cardOf, graphicTexts } from '$lib/graphics/build.server';
import { mapText } from '$lib/graphics/map/words';
import { parseStory } from '$lib/story/parse';
import type { Story } from '$lib/story/types';
import { CARD_HEIGHT, CARD_WIDTH, renderPng } from './card';
import { escapeXml } from '$lib/markup/escape';
import { openingStep } from '$lib/story/types';
import { describeState, excerpt, stepCard, storyCard } from './share';
import { uiText } from '$lib/story/ui';

const FILE = 'src/content/story.en.aml';
const story = parseStory(readFileSync(FILE, 'utf8'), FILE);
const steps = story.steps;
const stepById = (id: string) => steps.find((s) => s.id === id)!;

describe('share cards', () => {
	it('carry the date they describe, every one of them, in both editions', () => {
		for (const locale of ['en', 'es'] as const) {
			const file = `src/content/story.${locale}.aml`;
			const edition = parseStory(readFileSync(file, 'utf8'), file);
			const line = escapeXml(uiText(edition).asOfLine);
			expect(line).toMatch(locale === 'en' ? /^Describes events as of / : /^Refleja la situación al /);
			const cards = [storyCard(edition), ...edition.steps.map((step) => stepCard(edition, step))];
			for (const card of cards) {
				expect(card.svg, card.alt).toContain(line);
				expect(card.svg).not.toMatch(/Written as of|Escrito al/);
			}
		}
	});

	it("draws a graphic step's chart in that step's state, with its text alternative as alt", () => {
		const text = gdpText('en');
		const collapse = stepCard(story, stepById('gdp-collapse'));
		const rebound = stepCard(story, stepById('gdp-rebound'));
		expect(collapse.alt).toBe(text.describe.collapse);
		expect(rebound.alt).toBe(text.describe.rebound);
		// The fall is marked from the collapse on; the later point from another source only in the rebound.
		expect(collapse.svg).toContain(escapeXml(text.fallLabel));
		expect(collapse.svg).not.toContain(escapeXml(text.latestLabel));
		expect(rebound.svg).toContain(escapeXml(text.latestLabel));
		expect(stepCard(story, stepById('gdp-baseline')).svg).not.toContain(escapeXml(text.fallLabel));
	});

	it("draws every graphic step as its chart, in the step's state, with the chart's text alternative", () => {
		const texts = graphicTexts('en');
		const drawn = steps.filter((s) => s.graphic);
		expect(new Set(drawn.map((s) => s.graphic))).toEqual(new Set(GRAPHIC_IDS));
		for (const step of drawn) {
			const card = stepCard(story, step);
			expect(card.alt, step.id).toBe(describeState(story, step.graphic!, step.state!));
			// Headed by the chart's own title, with marks drawn besides the frame's two bands (all a words card has).
			const title = cardOf(step.graphic!)(step.state!, texts[step.graphic!]).title;
			const words = card.svg.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
			expect(words, step.id).toContain(escapeXml(title.split(' ').slice(0, 3).join(' ')));
			expect(card.svg.match(/<(rect|circle|path)\b/g)!.length, step.id).toBeGreaterThan(2);
		}
	});

	it('sets a step with no graphic as words', () => {
		const textStep = stepCard(story, stepById('life-precautions'));
		expect(textStep.svg).not.toContain('<path');
		expect(textStep.alt).toContain('Life under threat');
	});

	it('escapes the copy it sets, so no text can break the SVG', () => {
		const hostile: Story = { ...story, title: '<svg onload="x">&' };
		const card = storyCard(hostile);
		expect(card.svg).not.toContain('<svg onload');
		expect(card.svg).toContain('&#60;svg onload=&#34;x&#34;&#62;&#38;');
		expect(() => renderPng(card.svg)).not.toThrow();
	});

	it('renders a 1200×630 PNG', () => {
		const png = renderPng(stepCard(story, stepById('gdp-collapse')).svg);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
	});

	it('opens a graphic on its own in the last state the story shows it, or the one its list names', () => {
		expect(openingStep(story, 'gdp')?.id).toBe('gdp-generals');
		// The map opens on the whole build-up, not on the Cuba arc the story ends the map with.
		expect(openingStep(story, 'map')?.id).toBe('armada-carrier');
	});

	it('answers unknown or inherited state names with nothing', () => {
		expect(describeState(story, 'gdp', 'collapse')).toBe(gdpText('en').describe.collapse);
		expect(describeState(story, 'gdp', 'constructor')).toBeUndefined();
		expect(describeState(story, 'gdp', '__proto__')).toBeUndefined();
		expect(describeState(story, 'map', 'region')).toBe(mapText('en').describe.region.lead);
		expect(describeState(story, 'map', 'toString')).toBeUndefined();
	});

	it('cuts long descriptions at a word', () => {
		expect(excerpt('short', 10)).toBe('short');
		expect(excerpt('one two three four', 12)).toBe('one two…');
	});
});
