import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The map keeps its marks apart from its words (marks.ts, words.ts): a source check, so that a
// language never slips back into the marks, nor a second way of translating into the words.
const source = (file: string) => readFileSync(`src/lib/graphics/map/${file}`, 'utf8');

describe('the map’s marks and words', () => {
	it('keep every language out of the marks', () => {
		expect(
			source('marks.ts').match(/\blocale\b/gi) ?? [],
			'marks.ts names a locale: marks are the same in every edition, and their words belong in words.ts'
		).toEqual([]);
	});

	it('translate one way only: each edition’s words in MAP_WORDS, with no branch on the edition', () => {
		const branches = [/\blocale\s*[!=]==?/g, /[!=]==?\s*['"](en|es)['"]/g, /\b(es|en)\s*\?/g].flatMap(
			(branch) => source('words.ts').match(branch) ?? []
		);
		expect(
			branches,
			'words.ts branches on the edition: write the words in MAP_WORDS, one entry per locale'
		).toEqual([]);
	});
});
