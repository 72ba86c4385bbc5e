/**
 * oEmbed (https://oembed.com, version 1.0) for every embed, as a prerendered JSON file beside it:
 * `/embed/<graphic>/oembed.json`, `/embed/story/oembed.json`, in every edition. A consumer finds
 * it through the `<link rel="alternate" type="application/json+oembed">` on the embed's page (and
 * on the story's). A file answers for its one embed only: there is no endpoint taking a `?url=`,
 * so no request can make the site describe, or frame, anyone else's address.
 *
 * The answer is built from what the snippet builder uses: the same embed URL, iframe title and
 * site address (embed/snippets.ts, page-data/embed.ts), so the pasted link and the copied code cannot drift.
 */
import type { GraphicId } from '$lib/graphics';
import { editionPath } from '$lib/i18n/editions';
import { CARD_HEIGHT, CARD_WIDTH } from '$lib/graphics/common/card';
import { graphicCardPath, storyCardPath } from '$lib/share/share';
import type { Story } from '$lib/story/types';
import { uiText } from '$lib/story/ui';
import { frameTitle } from './embed';
import { OEMBED_WIDTH, oembedSnippet } from '$lib/embed/snippets';

/** WordPress's ceiling for a frame's height: the story, far taller, scrolls inside a frame of it. */
export const STORY_FRAME_HEIGHT = 1000;

/**
 * Each graphic's embed height at OEMBED_WIDTH, per edition, in its opening state, as measured
 * in Chromium: a static file cannot measure. tests/e2e/embed-oembed.spec.ts measures them again and
 * fails, naming the new height, when a change to a graphic or its words moves one by more than 16 px.
 * A host that speaks one of the embed's height dialects corrects it to the pixel anyway.
 */
export const EMBED_HEIGHTS: Record<Story['locale'], Record<GraphicId, number>> = {
	en: { map: 851, tenure: 642, gdp: 681, election: 658, next: 658, aftermath: 642 },
	es: { map: 851, tenure: 658, gdp: 681, election: 658, next: 658, aftermath: 642 }
};

/** A day: the answer changes only with a new build. */
const CACHE_AGE = 86_400;

/** The oEmbed answer's path for an embed (a graphic id or 'story'), from the site root. */
export function oembedPath(locale: Story['locale'], target: string): string {
	return editionPath(locale, `embed/${target}/oembed.json`);
}

/** The oEmbed answer for one embed; `site` is the site's address (ORIGIN and BASE_PATH). */
export function oembedFor(story: Story, target: GraphicId | 'story', site: string) {
	const edition = editionPath(story.locale);
	const height = target === 'story' ? STORY_FRAME_HEIGHT : EMBED_HEIGHTS[story.locale][target];
	const title = frameTitle(story, target);
	const card = target === 'story' ? storyCardPath(story.locale) : graphicCardPath(story.locale, target);
	return {
		version: '1.0',
		type: 'rich',
		title,
		// The explainer's maker, as its JSON-LD names it; the reporting it retells is credited inside.
		author_name: uiText(story).desk,
		provider_name: story.title,
		provider_url: site + edition,
		cache_age: CACHE_AGE,
		html: oembedSnippet(site, { target, edition, theme: null, step: null }, title, height),
		width: OEMBED_WIDTH,
		height,
		thumbnail_url: site + card,
		thumbnail_width: CARD_WIDTH,
		thumbnail_height: CARD_HEIGHT
	};
}
