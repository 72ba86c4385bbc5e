/**
 * The standards desk's checks on dates and notes (shared/brief/desk-review.md): the explainer's own
 * publication date, the note's date limit, and a presenter's notes in every edition.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AS_OF, COVERED_UNTIL, NEXT_HEARING_DATE, PUBLISHED } from '$lib/data/timeframe';
import { EDITIONS } from '$lib/i18n/editions';
import { parseStory } from './parse';

const stories = EDITIONS.map((e) => {
	const file = `src/content/story.${e.locale}.aml`;
	return parseStory(readFileSync(file, 'utf8'), file);
});

/** facts.md writes dates as "26 March 2026". */
function isoOf(written: string): string {
	return new Date(`${written} UTC`).toISOString().slice(0, 10);
}

describe('the desk’s dates', () => {
	it('publishes the explainer on its own date, after the events it describes', () => {
		for (const story of stories) {
			expect(story.published).toBe(PUBLISHED);
			expect(story.asOf).toBe(AS_OF);
			expect(PUBLISHED > COVERED_UNTIL && COVERED_UNTIL > AS_OF).toBe(true);
		}
	});

	it('gives the epilogue the next hearing as facts.md H last has it, from timeframe.ts', () => {
		const facts = readFileSync('../shared/brief/facts.md', 'utf8');
		const h = facts.slice(facts.indexOf('## H.'));
		const moved = /moved the second hearing[^|]*?to \*\*(\d{1,2} \w+ \d{4})\*\*/.exec(h);
		expect(moved, 'facts.md H names the moved hearing').not.toBeNull();
		expect(NEXT_HEARING_DATE).toBe(isoOf(moved![1]!));
		for (const story of stories) {
			const epilogue = story.sections.find((s) => s.id === 'epilogue')!;
			const keys = epilogue.steps.flatMap((s) =>
				s.text.flatMap((seg) => (seg.kind === 'fact' ? [seg.key] : []))
			);
			expect(keys, story.locale).toContain('after.nextHearing');
			expect(keys, story.locale).toContain('after.coveredUntil');
		}
	});

	it('names the date the editor’s note is current to', () => {
		for (const story of stories) {
			expect(story.editorsNote.some((seg) => seg.kind === 'fact' && seg.key === 'after.coveredUntil')).toBe(
				true
			);
		}
	});

	it('gives a presenter notes at every step, in every edition', () => {
		for (const story of stories) {
			const bare = story.steps.filter((s) => !s.presenterNote?.trim());
			expect(bare.map((s) => `${story.locale}:${s.id}`)).toEqual([]);
		}
	});
});
