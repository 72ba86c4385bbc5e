/**
 * Every edition's story, parsed and checked at build time (see tooling/story-files.ts): the English file
 * is the reference the others must match step for step. Server-side only: pages get what they show
 * as page data.
 */
import en from '$content/story.en.aml';
import es from '$content/story.es.aml';
import type { Locale } from '$lib/i18n/editions';
import { EDITIONS, localeOfSegment, segmentOf } from '$lib/i18n/editions';
import type { Story } from './types';

const stories: Record<Locale, Story> = { en, es };

export function storyIn(locale: Locale): Story {
	return stories[locale];
}

/** The story a route's optional `[[lang]]` segment names. */
export function storyAt(segment: string | undefined): Story {
	return stories[localeOfSegment(segment)];
}

/** The `[[lang]]` parameter of every edition, for routes' prerender entries. */
export function editionParams(): { lang?: string }[] {
	return EDITIONS.map((e) => {
		const lang = segmentOf(e.locale);
		return lang ? { lang } : {};
	});
}
