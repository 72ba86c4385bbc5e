// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { FactKey } from '$lib/data/facts';
import type { SourceId } from '$lib/data/sources';
import { richHtml } from './rich-html';
import type { Rich } from './types';

const fact = (text: string, key: string, sources: string[]) =>
	({ kind: 'fact', key: key as FactKey, text, sources: sources as SourceId[] }) as const;

describe('richHtml', () => {
	const text: Rich = [
		{ kind: 'text', text: 'Output fell by ' },
		fact('about 70%', 'gdpFall', ['imf', 'worldBank']),
		{ kind: 'text', text: ' in a decade.' }
	];

	it('links each figure to its first source', () => {
		expect(richHtml(text, true)).toBe(
			'Output fell by <a class="fact" href="#source-imf" data-fact="gdpFall">about 70%</a> in a decade.'
		);
	});

	it('keeps figures as bold words where there is nothing to link to', () => {
		expect(richHtml(text, false)).toBe(
			'Output fell by <strong class="fact" data-fact="gdpFall">about 70%</strong> in a decade.'
		);
	});

	it('lets no markup through from the copy', () => {
		const hostile: Rich = [
			{ kind: 'text', text: '<img src=x onerror=alert(1)> & ' },
			fact('"quoted" <b>', 'k"><script>', ['s" onclick="x'])
		];
		const html = richHtml(hostile, true);
		expect(html).not.toMatch(/<img|<b>|<script|" onclick/);
		const box = document.createElement('p');
		box.innerHTML = html;
		expect(box.textContent).toBe('<img src=x onerror=alert(1)> & "quoted" <b>');
		const link = box.querySelector('a')!;
		expect(link.getAttribute('href')).toBe('#source-s" onclick="x');
		expect(link.dataset.fact).toBe('k"><script>');
		expect(box.children).toHaveLength(1);
	});
});
