import { describe, expect, it } from 'vitest';
import { sourceIn, sourceProblems, sources, type Source, type SourceId } from './sources';

const all = Object.entries(sources) as [SourceId, Source][];

describe('the sources', () => {
	it('reject an entry that names several publishers without a link to a report', () => {
		const several: Source = {
			publisher: 'Task & Purpose, CBS News, Reuters',
			title: 'Reports on U.S. ships sent to the Caribbean',
			date: '2025-11',
			kind: 'report'
		};
		expect(sourceProblems({ several })).toEqual([
			'source "several" names several publishers (Task & Purpose, CBS News, Reuters) and links none: cite one report each'
		]);
		expect(sourceProblems({ linked: { ...several, url: 'https://example.org/report' } })).toEqual([]);
		expect(sourceProblems(sources)).toEqual([]);
	});

	it('link a report deeply, never to a home page standing in for it', () => {
		for (const [id, source] of all) {
			if (!source.url) continue;
			const url = new URL(source.url);
			expect(url.protocol, id).toBe('https:');
			if (source.kind !== 'dataset') expect(url.pathname, `${id} links to a home page`).not.toMatch(/^\/?$/);
		}
	});

	it('give every dataset its own site', () => {
		for (const [id, source] of all) if (source.kind === 'dataset') expect(source.url, id).toBeTruthy();
	});

	it('are all dated, as a reader would cite them', () => {
		for (const [id, source] of all) {
			expect(source.date, id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
			expect(source.publisher && source.title, id).toBeTruthy();
		}
		expect(sourceIn('cne', 'en').date).toBe('July 29, 2024');
		expect(sourceIn('cne', 'es').date).toBe('29 de julio de 2024');
		expect(sourceIn('gmd', 'en').date).toBe('June 2025');
	});

	it('cite the retold report as of its own date, by its reporter', () => {
		expect(sources.nyt).toMatchObject({
			publisher: 'The New York Times',
			author: 'Anatoly Kurmanaev',
			date: '2025-12-02'
		});
	});

	it('say in Spanish every note they say in English', () => {
		for (const [id, source] of all) {
			if (source.note) expect(sourceIn(id, 'es').note, id).not.toBe(source.note);
		}
	});
});
