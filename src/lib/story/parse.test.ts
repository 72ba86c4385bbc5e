import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AS_OF, PUBLISHED } from '$lib/data/timeframe';
import { MAX_QUOTES, parseStory, StoryError, STEP_WORDS } from './parse';

const FILE = 'src/content/story.en.aml';
const words = (n: number) =>
	Array.from({ length: n }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}`).join(' ');
const TEXT = words(30);

const header = `title: T
dek: D
credit: C
credits: K
editorsNote: N
`;

function story(body: string): string {
	return `${header}\n[sections]\n${body}\n[]\n`;
}

/** The 1-based line of the first line containing `needle` (or its nth occurrence). */
function at(text: string, needle: string, nth = 1): number {
	let seen = 0;
	const index = text.split('\n').findIndex((l) => l.includes(needle) && ++seen === nth);
	if (index < 0) throw new Error(`"${needle}" is not in the fixture`);
	return index + 1;
}

function problems(text: string): { line: number; reason: string }[] {
	try {
		parseStory(text, 'fixture.aml');
	} catch (error) {
		expect(error).toBeInstanceOf(StoryError);
		return (error as StoryError).problems.map(({ line, reason }) => ({ line, reason }));
	}
	throw new Error('expected the story to be rejected');
}

describe('the story file', () => {
	it('parses into typed sections and steps', () => {
		const parsed = parseStory(readFileSync(FILE, 'utf8'), FILE);
		const steps = parsed.steps;
		expect(parsed.sections.map((s) => s.id)).toEqual([
			'armada',
			'life',
			'tenure',
			'economy',
			'election',
			'next',
			'epilogue'
		]);
		expect(steps.length).toBeGreaterThanOrEqual(20);
		expect(steps.map((s) => s.index)).toEqual(steps.map((_, i) => i));
		expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
		for (const step of steps) {
			expect(step.words).toBeGreaterThanOrEqual(STEP_WORDS.min);
			expect(step.words).toBeLessThanOrEqual(STEP_WORDS.max);
		}
		expect(steps.find((s) => s.id === 'gdp-collapse')).toMatchObject({ graphic: 'gdp', state: 'collapse' });
		expect(steps.find((s) => s.id === 'life-loyalty')).toMatchObject({ graphic: null, state: null });
	});

	it('resolves figures from the data, with their sources', () => {
		const parsed = parseStory(readFileSync(FILE, 'utf8'), FILE);
		const collapse = parsed.steps.find((s) => s.id === 'gdp-collapse')!;
		const fall = collapse.text.find((seg) => seg.kind === 'fact' && seg.key === 'gdp.fall');
		expect(fall).toEqual({ kind: 'fact', key: 'gdp.fall', text: 'about 70%', sources: ['mpd'] });
	});
});

describe('the validator', () => {
	const ok = story(
		`id: one\ntitle: One\n\n[.steps]\nid: a\ngraphic: gdp\nstate: baseline\ntext: ${TEXT}\n[]`
	);

	it('accepts a well-formed fixture', () => {
		expect(parseStory(ok, 'fixture.aml').sections[0]!.steps[0]!.id).toBe('a');
	});

	it('names the file and line in its message', () => {
		const bad = ok.replace('graphic: gdp', 'graphic: pie');
		expect(() => parseStory(bad, 'src/content/bad.aml')).toThrow(
			`src/content/bad.aml:${at(bad, 'graphic: pie')}: unknown graphic "pie"`
		);
	});

	it('rejects an unknown graphic', () => {
		const bad = ok.replace('graphic: gdp', 'graphic: pie');
		expect(problems(bad)).toEqual([
			{
				line: at(bad, 'graphic: pie'),
				reason: expect.stringContaining('unknown graphic "pie" in step "a"; known graphics: map, tenure, gdp')
			}
		]);
	});

	it('rejects a state the graphic does not have', () => {
		const bad = ok.replace('state: baseline', 'state: colapse');
		expect(problems(bad)).toEqual([
			{
				line: at(bad, 'state: colapse'),
				reason:
					'unknown state "colapse" for graphic "gdp" in step "a"; its states: baseline, collapse, rebound'
			}
		]);
	});

	it('rejects a graphic without a state, and a state without a graphic', () => {
		expect(problems(ok.replace('state: baseline\n', ''))[0]).toEqual({
			line: at(ok, 'graphic: gdp'),
			reason: expect.stringContaining('names the graphic "gdp" but no "state:"')
		});
		expect(problems(ok.replace('graphic: gdp\n', ''))[0]).toEqual({
			line: at(ok, 'graphic: gdp'),
			reason: expect.stringContaining('has a "state:" but no "graphic:"')
		});
	});

	it('rejects duplicate step ids, pointing at both', () => {
		const dup = story(`id: one\ntitle: One\n\n[.steps]\nid: a\ntext: ${TEXT}\n\nid: a\ntext: ${TEXT}\n[]`);
		expect(problems(dup)).toEqual([
			{ line: at(dup, 'id: a', 2), reason: `duplicate step id "a" (first at line ${at(dup, 'id: a')})` }
		]);
	});

	it('reports a step whose id line is missing, where its second text begins', () => {
		const missing = story(`id: one\ntitle: One\n\n[.steps]\nid: a\ntext: ${TEXT}\ntext: ${TEXT}\n[]`);
		expect(problems(missing)).toEqual([
			{
				line: at(missing, 'text:', 2),
				reason: expect.stringContaining(
					`"text:" appears twice in a step of section "one" (first at line ${at(missing, 'text:')})`
				)
			}
		]);
	});

	it('rejects a step that does not start with its id', () => {
		const noId = story(`id: one\ntitle: One\n\n[.steps]\ntext: ${TEXT}\n[]`);
		const line = at(noId, 'text:');
		expect(problems(noId)).toContainEqual({
			line,
			reason: 'the first step of section "one" must start with its "id:" line'
		});
		expect(problems(noId)).toContainEqual({
			line,
			reason: 'step 1 of section "one" has no "id:" (or it is empty)'
		});
	});

	it('rejects empty text', () => {
		expect(problems(ok.replace(`text: ${TEXT}`, 'text:'))).toEqual([
			{ line: at(ok, 'text:'), reason: 'step "a" has no "text:" (or it is empty)' }
		]);
	});

	it('rejects an empty section', () => {
		const empty = story(`id: one\ntitle: One\n\nid: two\ntitle: Two\n\n[.steps]\nid: a\ntext: ${TEXT}\n[]`);
		expect(problems(empty)).toEqual([
			{
				line: at(empty, 'id: one'),
				reason: 'section "one" is empty: it needs a [.steps] list with at least one step'
			}
		]);
	});

	it('rejects a story with no sections', () => {
		expect(problems(header)).toEqual([{ line: 1, reason: 'the story has no [sections]' }]);
	});

	it('rejects figures typed into the copy, but allows years and designations', () => {
		const typed = ok.replace(
			`text: ${TEXT}`,
			`text: In 2013 the F-35B flew and output fell 73.5% ${words(25)}`
		);
		expect(problems(typed)).toEqual([
			{
				line: at(typed, '73.5%'),
				reason: expect.stringContaining('the figure "73.5%" is typed into the copy')
			}
		]);
	});

	it('rejects unknown figures', () => {
		const unknown = ok.replace(`text: ${TEXT}`, `text: It fell {gdp.fal} ${TEXT}`);
		expect(problems(unknown)).toEqual([
			{ line: at(unknown, '{gdp.fal}'), reason: expect.stringContaining('unknown figure {gdp.fal}') }
		]);
	});

	it('keeps step cards between the word limits', () => {
		expect(problems(ok.replace(`text: ${TEXT}`, 'text: Too short.'))).toEqual([
			{
				line: at(ok, 'text:'),
				reason: 'step "a" has 2 words; a step card holds 25 to 60 so it reads on a phone'
			}
		]);
		expect(problems(ok.replace(`text: ${TEXT}`, `text: ${words(61)}`))[0]!.reason).toMatch(/has 61 words/);
	});

	it('rejects unknown keys, catching typos', () => {
		const typo = ok.replace('state: baseline', 'state: baseline\ntxt: hello');
		expect(problems(typo)).toEqual([
			{
				line: at(typo, 'txt: hello'),
				reason: expect.stringContaining('unknown key "txt:" in a step of section "one"')
			}
		]);
	});

	it('attributes a quote to its speaker and its source’s publisher, and allows few', () => {
		const quote =
			'quote: Six words or fewer, he said\nquoteBy: A. Speaker\nquoteRole: a minister\nquoteSource: nyt';
		expect(
			parseStory(ok.replace('state: baseline', `state: baseline\n${quote}`), 'fixture.aml').steps[0]!.quote
		).toEqual({
			text: 'Six words or fewer, he said',
			speaker: 'A. Speaker',
			role: 'a minister',
			source: 'nyt',
			publisher: 'The New York Times'
		});
		const steps = Array.from({ length: MAX_QUOTES + 1 }, (_, i) => `id: q${i}\n${quote}\ntext: ${TEXT}\n`);
		const many = story(`id: one\ntitle: One\n\n[.steps]\n${steps.join('\n')}[]`);
		expect(problems(many)).toEqual([
			{ line: at(many, 'quote:', MAX_QUOTES + 1), reason: `more than ${MAX_QUOTES} quotes in the story` }
		]);
	});

	it('rejects long or unattributed quotes', () => {
		const quoted = ok.replace(
			'state: baseline',
			'state: baseline\nquote: one two three four five six seven eight'
		);
		const found = problems(quoted).map((p) => p.reason);
		expect(found).toContain('the quote in step "a" has no "quoteBy:" (or it is empty)');
		expect(found).toContain('the quote in step "a" runs past 7 words; quote briefly');
	});

	it('takes the story’s dates from the data, and says so to a file that types one', () => {
		const dated = ok.replace('credits: K', 'credits: K\nasOf: 2025-11-24');
		expect(problems(dated)).toEqual([
			{
				line: at(dated, 'asOf:'),
				reason: '"asOf:" is not set here; the story\'s dates live in src/lib/data/timeframe.ts'
			}
		]);
		const story = parseStory(ok, 'fixture.aml');
		expect([story.asOf, story.published]).toEqual([AS_OF, PUBLISHED]);
		expect(story.published > story.asOf).toBe(true);
	});

	it('requires the editor’s note', () => {
		const bare = ok.replace('editorsNote: N\n', '');
		expect(problems(bare)).toEqual([
			{ line: 1, reason: 'the header has no "editorsNote:" (or it is empty)' }
		]);
	});

	it('reports every problem at once, in line order', () => {
		const many = ok
			.replace('graphic: gdp', 'graphic: pie')
			.replace('credits: K', 'credits: K\nupdated: soon');
		expect(problems(many).map((p) => p.line)).toEqual([at(many, 'updated:'), at(many, 'graphic: pie')]);
	});
});
