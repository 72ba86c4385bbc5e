import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '$lib/story/parse';
import type { Story } from '$lib/story/types';
import { graphicMeta, headHtml, stepMeta, storyMeta } from './meta';
import { inlineScript, scriptSafeJson } from '$lib/markup/escape';

const FILE = 'src/content/story.en.aml';
const story = parseStory(readFileSync(FILE, 'utf8'), FILE);
const ROOT = 'https://graphics.example.com/news/maduro';
const NOTE =
	/^Describes events as of December 2, 2025\. Editor’s note: U\.S\. forces captured Maduro on January 3, 2026\. /;

describe('head metadata', () => {
	it('describes the story as a NewsArticle with absolute addresses', () => {
		const meta = storyMeta(story, ROOT);
		expect(meta.canonical).toBe(`${ROOT}/`);
		expect(meta.image.url).toBe(`${ROOT}/s/card.png`);
		expect(meta.alternates).toEqual([
			{ hreflang: 'en', href: `${ROOT}/` },
			{ hreflang: 'es', href: `${ROOT}/es/` },
			{ hreflang: 'x-default', href: `${ROOT}/` }
		]);
		const ld = JSON.parse(meta.jsonLd!);
		expect(ld).toMatchObject({
			'@type': 'NewsArticle',
			headline: story.title,
			datePublished: story.published,
			dateModified: story.published,
			author: { '@type': 'Organization', name: 'The graphics desk' },
			publisher: { '@type': 'Organization', name: 'The graphics desk' },
			mainEntityOfPage: `${ROOT}/`,
			image: [`${ROOT}/s/card.png`]
		});
	});

	it('describes the Spanish edition at its own address, in its own locale, with the same alternates', () => {
		const es = parseStory(readFileSync('src/content/story.es.aml', 'utf8'), 'src/content/story.es.aml');
		const meta = storyMeta(es, ROOT);
		expect(meta.canonical).toBe(`${ROOT}/es/`);
		expect(meta.ogLocale).toBe('es_419');
		expect(meta.ogLocaleAlternates).toEqual(['en_US']);
		expect(headHtml(meta)).toContain('<meta property="og:locale:alternate" content="en_US">');
		expect(meta.image.url).toBe(`${ROOT}/es/s/card.png`);
		expect(meta.alternates).toEqual(storyMeta(story, ROOT).alternates);
		expect(JSON.parse(meta.jsonLd!)).toMatchObject({ inLanguage: 'es', url: `${ROOT}/es/` });
		const step = es.steps.find((s) => s.id === 'gdp-collapse')!;
		expect(stepMeta(es, step, ROOT).url).toBe(`${ROOT}/es/s/gdp-collapse/`);
		expect(stepMeta(es, step, ROOT).image.url).toBe(`${ROOT}/es/s/gdp-collapse/card.png`);
	});

	it("gives a step's share page its own preview and the story as canonical", () => {
		const step = story.steps.find((s) => s.id === 'gdp-collapse')!;
		const meta = stepMeta(story, step, ROOT);
		expect(meta.canonical).toBe(`${ROOT}/`);
		expect(meta.url).toBe(`${ROOT}/s/gdp-collapse/`);
		expect(meta.image.url).toBe(`${ROOT}/s/gdp-collapse/card.png`);
		expect(meta.title).toBe(`The economy — ${story.title}`);
		expect(meta.description.length).toBeLessThanOrEqual(200);
		// No preview shows the story as current news: the dated note leads every description.
		expect(meta.description).toMatch(NOTE);
		expect(storyMeta(story, ROOT).description).toMatch(NOTE);
		expect(meta.jsonLd).toBeUndefined();
	});

	it("previews a page that shows one graphic with that graphic's card", () => {
		const meta = graphicMeta(story, 'gdp', ROOT, '/embed/gdp/')!;
		expect(meta.url).toBe(`${ROOT}/embed/gdp/`);
		expect(meta.canonical).toBe(`${ROOT}/`);
		expect(meta.image.url).toBe(`${ROOT}/s/graphics/gdp/card.png`);
		expect(meta.image.alt).toMatch(/^Chart: after bottoming out/);
	});

	it('keeps hostile copy inside the JSON-LD script', () => {
		const hostile: Story = { ...story, title: '</script><script>alert(1)</script><!--' };
		const json = storyMeta(hostile, ROOT).jsonLd!;
		expect(json).not.toContain('<');
		expect(JSON.parse(json).headline).toBe(hostile.title);
		expect(inlineScript(scriptSafeJson('</script>'))).toBe('<script>"\\u003c/script>"</script>');
	});

	it('writes every tag with its values escaped', () => {
		const hostile: Story = { ...story, title: '"><script>alert(1)</script>', dek: 'a & b' };
		const html = headHtml(storyMeta(hostile, ROOT));
		expect(html).not.toContain('<script>alert');
		expect(html).toContain('<title>&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;</title>');
		expect(html).toMatch(/<meta name="description" content="[^"<>]* a &#38; b">/);
		expect(html).toContain(`<link rel="canonical" href="${ROOT}/">`);
		expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
		expect(html.match(/<script type="application\/ld\+json">/g)).toHaveLength(1);
	});
});
