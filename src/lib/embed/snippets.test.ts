import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT, stepFrom } from './params';
import { embedSnippets, embedUrl } from './snippets';

const site = 'https://graphics.example.org/news/maduro';
const pym = { src: `${site}/pym.v1.min.js`, integrity: 'sha384-abc' };

describe('embed codes', () => {
	it('address the embed page with the chosen theme and step', () => {
		expect(embedUrl(site, { target: 'gdp', edition: '/', theme: 'dark', step: 'gdp-collapse' })).toBe(
			'https://graphics.example.org/news/maduro/embed/gdp/?theme=dark&step=gdp-collapse'
		);
		expect(embedUrl(site, { target: 'story', edition: '/', theme: null, step: null })).toBe(
			'https://graphics.example.org/news/maduro/embed/story/'
		);
	});

	it('address the chosen edition', () => {
		expect(embedUrl(site, { target: 'election', edition: '/es/', theme: null, step: null })).toBe(
			'https://graphics.example.org/news/maduro/es/embed/election/'
		);
	});

	it('come in three forms, with attributes escaped', () => {
		const codes = embedSnippets(
			site,
			{ target: 'gdp', edition: '/', theme: 'light', step: null },
			'GDP "per person" <1>',
			pym
		);
		expect(codes.loader).toContain('src="https://graphics.example.org/news/maduro/embed/gdp/?theme=light"');
		expect(codes.loader).toContain('data-maduro-embed');
		expect(codes.loader).toContain('<script async src="https://graphics.example.org/news/maduro/embed.js">');
		expect(codes.loader).toContain('title="GDP &quot;per person&quot; &lt;1&gt;"');
		expect(codes.pym).toContain(
			'data-pym-src="https://graphics.example.org/news/maduro/embed/gdp/?theme=light"'
		);
		expect(codes.pym).toContain('data-pym-trackscroll');
		expect(codes.pym).toContain(
			'<script src="https://graphics.example.org/news/maduro/pym.v1.min.js" integrity="sha384-abc" crossorigin="anonymous">'
		);
		expect(codes.plain).not.toContain('<script');
		expect(codes.plain).toMatch(/height:\d+px/);
	});

	it('escape the ampersand between query parameters', () => {
		const codes = embedSnippets(
			site,
			{ target: 'gdp', edition: '/', theme: 'dark', step: 'gdp-collapse' },
			'GDP',
			pym
		);
		expect(codes.plain).toContain('?theme=dark&amp;step=gdp-collapse');
	});
});

describe('embed query parameters', () => {
	it('know the three themes and nothing else', () => {
		/** What the head's inline script puts on <html> for a query. */
		const themeFrom = (search: string) => {
			const dataset: Record<string, string> = {};
			new Function('document', 'location', THEME_SCRIPT)({ documentElement: { dataset } }, { search });
			return dataset.theme ?? null;
		};
		expect(themeFrom('?theme=transparent')).toBe('transparent');
		expect(themeFrom('?step=gdp-collapse&theme=dark')).toBe('dark');
		expect(themeFrom('?theme=%3Cscript%3E')).toBeNull();
		expect(themeFrom('?theme=DARK')).toBeNull();
		expect(themeFrom('?theme=darker')).toBeNull();
		expect(themeFrom('?xtheme=dark')).toBeNull();
		expect(themeFrom('')).toBeNull();
	});
	it('hand the step id over as given', () => {
		expect(stepFrom('?step=gdp-collapse')).toBe('gdp-collapse');
		expect(stepFrom('?theme=dark')).toBeNull();
	});
});
