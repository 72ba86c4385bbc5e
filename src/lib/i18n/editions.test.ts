import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editionProblems } from './editions';
import { parseStory } from '../story/parse';

const read = (locale: string) => {
	const file = `src/content/story.${locale}.aml`;
	const text = readFileSync(file, 'utf8');
	return { file, text, story: parseStory(text, file) };
};

describe('the editions', () => {
	const en = read('en');
	const es = read('es');

	it('parse, each within the copy rules', () => {
		expect(es.story.locale).toBe('es');
		expect(es.story.title).toBe('Maduro, bajo presión');
	});

	it('tell the same story: same steps, same graphic states', () => {
		expect(editionProblems(en.story, es.story, es.file, es.text)).toEqual([]);
	});

	it('format figures per language', () => {
		const fact = (story: typeof en.story, id: string, key: string) =>
			story.steps
				.find((s) => s.id === id)!
				.text.find((seg) => seg.kind === 'fact' && seg.key === key)!
				.text.replace(/\s/g, ' ');
		expect(fact(en.story, 'election-official', 'election.date')).toBe('July 28, 2024');
		expect(fact(es.story, 'election-official', 'election.date')).toBe('28 de julio de 2024');
		expect(fact(es.story, 'election-official', 'election.officialMaduro')).toBe('51,2 %');
	});

	it('fail when a translation drifts, at the line of the step', () => {
		const drifted = es.text
			.replace('state: tally', 'state: checks')
			.replace('id: life-public', 'id: life-publica');
		const problems = editionProblems(en.story, parseStory(drifted, es.file), es.file, drifted);
		const lineOf = (needle: string) => drifted.split('\n').findIndex((l) => l.includes(needle)) + 1;
		expect(problems).toEqual([
			{
				file: es.file,
				line: lineOf('id: life-publica'),
				reason: 'step 9 is "life-publica" here but "life-public" in the en edition'
			},
			{
				file: es.file,
				line: lineOf('id: election-tally'),
				reason: 'step "election-tally" shows election/checks here but election/tally in the en edition'
			}
		]);
	});
});
