/**
 * Every oEmbed answer, in every edition, against the oEmbed 1.0 spec's fields for a `rich` type,
 * and against the snippet builder's own codes: the same address and frame title, so the two cannot
 * drift. (tests/e2e/embed-oembed.spec.ts checks the built files, their discovery links and cards.)
 */
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '$lib/i18n/editions';
import { storyIn } from '$lib/story/stories';
import { embedBuilderData, embeddableGraphics } from './embed';
import { oembedFor, oembedPath } from './oembed.server';
import { embedSnippets, embedUrl, OEMBED_WIDTH } from '$lib/embed/snippets';

const site = 'https://graphics.example.org/news/maduro';

/** The spec's required fields for every answer, and for `rich`; and the optional ones we promise. */
const FIELDS = {
	type: 'string',
	version: 'string',
	html: 'string',
	width: 'number',
	height: 'number',
	title: 'string',
	author_name: 'string',
	provider_name: 'string',
	provider_url: 'string',
	cache_age: 'number',
	thumbnail_url: 'string',
	thumbnail_width: 'number',
	thumbnail_height: 'number'
} as const;

for (const { locale, path } of EDITIONS) {
	const story = storyIn(locale);
	const builder = embedBuilderData(story, site);
	// The builder lists its own edition's language first.
	const titles = builder.languages[0]!.frameTitles;

	describe(`the ${locale} edition’s oEmbed answers`, () => {
		for (const target of ['story', ...embeddableGraphics(story)] as const) {
			it(`${target}: every field of the spec, the builder’s address and title, a size WordPress keeps`, () => {
				const answer = oembedFor(story, target, site);
				for (const [key, type] of Object.entries(FIELDS))
					expect(typeof (answer as Record<string, unknown>)[key], key).toBe(type);
				expect(answer.version).toBe('1.0');
				expect(answer.type).toBe('rich');
				expect(answer.width).toBe(OEMBED_WIDTH);
				expect(Number.isInteger(answer.height) && answer.height >= 200 && answer.height <= 1000).toBe(true);
				expect(answer.cache_age).toBeGreaterThan(0);
				expect(answer.provider_url).toBe(site + path);
				expect(
					answer.thumbnail_url.startsWith(`${site}${path}s/`) && answer.thumbnail_url.endsWith('card.png')
				).toBe(true);

				const url = embedUrl(site, { target, edition: path, theme: null, step: null });
				const choice = { target, edition: path, theme: null, step: null };
				const plain = embedSnippets(site, choice, titles[target]!, builder.pym).plain;
				// The same iframe address and title as the builder's plain code.
				expect(plain).toContain(`src="${url}"`);
				expect(answer.html).toContain(`src="${url}"`);
				expect(answer.title).toBe(titles[target]);
				expect(answer.html).toContain(`title="${titles[target]!.replace(/&/g, '&amp;')}"`);
				// One iframe, no script, its height an attribute a host can change.
				expect(answer.html).toMatch(/^<iframe [^<>]*><\/iframe>$/);
				expect(answer.html).not.toMatch(/<script|height:/);
				expect(answer.html).toContain(`height="${answer.height}"`);
				expect(oembedPath(locale, target)).toBe(`${path}embed/${target}/oembed.json`);
			});
		}
	});
}
