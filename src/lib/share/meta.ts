/**
 * Head metadata, built at build time: title, description, canonical, Open Graph, Twitter card,
 * article dates, hreflang alternates and NewsArticle JSON-LD. `root` is the site's absolute
 * address: its origin (ORIGIN at build time, see svelte.config.js) followed by BASE_PATH.
 */
import { sources } from '$lib/data/sources';
import type { Step, Story } from '$lib/story/types';
import { CARD_HEIGHT, CARD_WIDTH } from './card';
import { alternates, editionOf, type Alternate } from './editions';
import { scriptSafeJson } from './script-safe-json';
import {
	excerpt,
	plainText,
	sectionTitle,
	sharePath,
	STORY_CARD_PATH,
	stepCard,
	stepCardPath,
	storyCard
} from './share';

export interface HeadMeta {
	title: string;
	description: string;
	canonical: string;
	/** og:url: the address this preview is for (a share page's own, so its card is the one shown). */
	url: string;
	siteName: string;
	ogLocale: string;
	image: { url: string; alt: string; width: number; height: number };
	article: { published: string; modified: string };
	alternates: Alternate[];
	/** NewsArticle JSON-LD, already safe to place inside a script element. */
	jsonLd?: string;
}

/** Descriptions longer than this are cut by most previews anyway. */
const DESCRIPTION_MAX = 200;

function image(url: string, alt: string): HeadMeta['image'] {
	return { url, alt, width: CARD_WIDTH, height: CARD_HEIGHT };
}

export function storyMeta(story: Story, root: string): HeadMeta {
	const canonical = root + editionOf(story.locale).path;
	const card = image(root + STORY_CARD_PATH, storyCard(story).alt);
	return {
		title: story.title,
		description: story.dek,
		canonical,
		url: canonical,
		siteName: story.title,
		ogLocale: editionOf(story.locale).ogLocale,
		image: card,
		article: { published: story.published, modified: story.updated },
		alternates: alternates(root),
		jsonLd: scriptSafeJson({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: story.title,
			description: story.dek,
			image: [card.url],
			datePublished: story.published,
			dateModified: story.updated,
			inLanguage: story.locale,
			url: canonical,
			mainEntityOfPage: canonical,
			isBasedOn: {
				'@type': 'CreativeWork',
				name: sources.nyt.title,
				url: sources.nyt.url,
				publisher: { '@type': 'Organization', name: sources.nyt.publisher }
			}
		})
	};
}

/** A step's share page: its own title, words and image; canonical is the story. */
export function stepMeta(story: Story, step: Step, root: string): HeadMeta {
	return {
		...storyMeta(story, root),
		title: `${sectionTitle(story, step)} — ${story.title}`,
		description: excerpt(plainText(step.text), DESCRIPTION_MAX),
		url: root + sharePath(step.id),
		image: image(root + stepCardPath(step.id), stepCard(story, step).alt),
		alternates: [],
		jsonLd: undefined
	};
}
