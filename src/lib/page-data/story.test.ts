import { describe, expect, it } from 'vitest';
import { sourceIn } from '$lib/data/sources';
import { citationHtml } from './story';

const ui = { sourceVia: 'via', dataset: 'dataset' };

describe('a citation in the sources list', () => {
	it('names publisher, copy, title, date and address, the link opening in a new tab', () => {
		const html = citationHtml(sourceIn('cne', 'en'), ui, 'en');
		expect(html).toMatch(/^<strong>Reuters<\/strong>&nbsp;\(via swissinfo\.ch\)\. <cite>Maduro wins/);
		expect(html).toContain(', July 29, 2024.');
		expect(html).toContain('target="_blank" rel="external noopener"');
	});

	it('marks a dataset, gives no link where none is known, and keeps a headline’s language', () => {
		expect(citationHtml(sourceIn('gmd', 'en'), ui, 'en')).toContain('</cite>&nbsp;(dataset)');
		expect(citationHtml(sourceIn('imfReo', 'en'), ui, 'en')).not.toContain('<a ');
		expect(citationHtml(sourceIn('cne', 'es'), ui, 'es')).toContain('<cite lang="en">');
	});

	it('escapes every value', () => {
		const hostile = { ...sourceIn('cne', 'en'), title: '<script>x</script>', url: 'https://a.example/"><b>' };
		const html = citationHtml(hostile, ui, 'en');
		expect(html).not.toMatch(/<script|"><b>/);
	});
});
