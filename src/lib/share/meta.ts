/**
 * Head metadata, built at build time: title, description, canonical, Open Graph, Twitter card,
 * article dates, hreflang alternates and NewsArticle JSON-LD. `root` is the site's absolute
 * address: its origin (ORIGIN at build time, see svelte.config.js) followed by BASE_PATH.
 *
 * The tags reach the page as one HTML string (headHtml), which SeoHead.svelte places in the
 * head: no per-tag component code travels to the browser.
 */
import { sources } from '$lib/data/sources';
import { openingStep, type Step, type Story } from '$lib/story/types';
import { uiText } from '$lib/story/ui';
import { CARD_HEIGHT, CARD_WIDTH } from './card';
import { alternates, EDITIONS, editionOf, type Alternate } from '$lib/i18n/editions';
import { escapeXml, inlineScript, scriptSafeJson } from '$lib/markup/escape';
import type { GraphicId } from '$lib/graphics';
import {
	excerpt,
	graphicCardPath,
	plainText,
	sectionTitle,
	sharePath,
	stepCard,
	stepCardPath,
	storyCard,
	storyCardPath
} from './share';

export interface HeadMeta {
	title: string;
	description: string;
	canonical: string;
	/** og:url: the address this preview is for (a share page's own, so its card is the one shown). */
	url: string;
	siteName: string;
	ogLocale: string;
	/** The other editions' Open Graph locales (og:locale:alternate). */
	ogLocaleAlternates: string[];
	image: { url: string; alt: string; width: number; height: number };
	article: { published: string; modified: string };
	alternates: Alternate[];
	/** NewsArticle JSON-LD, already safe to place inside a script element. */
	jsonLd?: string;
	/** The oEmbed answer for what this page shows, for editors that turn a pasted link into an embed. */
	oembed?: string;
}

/**
 * The oEmbed file of an embed (a graphic id or 'story'), as src/routes/[[lang=lang]]/embed/…/oembed.json
 * writes it (src/lib/embed/oembed.server.ts builds its contents).
 */
function oembedUrl(root: string, story: Story, target: string): string {
	return root + editionOf(story.locale).path + `embed/${target}/oembed.json`;
}

/** Descriptions longer than this are cut by most previews anyway. */
const DESCRIPTION_MAX = 200;

function image(url: string, alt: string): HeadMeta['image'] {
	return { url, alt, width: CARD_WIDTH, height: CARD_HEIGHT };
}

export function storyMeta(story: Story, root: string): HeadMeta {
	const canonical = root + editionOf(story.locale).path;
	const card = image(root + storyCardPath(story.locale), storyCard(story).alt);
	const ui = uiText(story);
	const description = `${ui.editorsNoteShort} ${story.dek}`;
	const desk = { '@type': 'Organization', name: ui.desk, url: root + '/' };
	return {
		title: story.title,
		description,
		canonical,
		url: canonical,
		siteName: story.title,
		ogLocale: editionOf(story.locale).ogLocale,
		ogLocaleAlternates: EDITIONS.filter((e) => e.locale !== story.locale).map((e) => e.ogLocale),
		image: card,
		article: { published: story.published, modified: story.published },
		alternates: alternates(root),
		oembed: oembedUrl(root, story, 'story'),
		jsonLd: scriptSafeJson({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: story.title,
			description,
			image: [card.url],
			datePublished: story.published,
			dateModified: story.published,
			author: desk,
			publisher: desk,
			inLanguage: story.locale,
			url: canonical,
			mainEntityOfPage: canonical,
			isBasedOn: {
				'@type': 'NewsArticle',
				headline: sources.nyt.title,
				datePublished: sources.nyt.date,
				author: { '@type': 'Person', name: sources.nyt.author },
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
		// The note leads, so no preview shows the story as current news.
		description: excerpt(`${uiText(story).editorsNoteShort} ${plainText(step.text)}`, DESCRIPTION_MAX),
		url: root + sharePath(story.locale, step.id),
		image: image(root + stepCardPath(story.locale, step.id), stepCard(story, step).alt),
		alternates: [],
		jsonLd: undefined
	};
}

/**
 * A page that shows one graphic on its own (an embed, say) at `path`: the graphic's card in the
 * last state the story shows it, with that state's text alternative; canonical is the story.
 */
export function graphicMeta(
	story: Story,
	graphic: GraphicId,
	root: string,
	path: string
): HeadMeta | undefined {
	const step = openingStep(story, graphic);
	if (!step) return undefined;
	return {
		...stepMeta(story, step, root),
		url: root + path,
		image: image(root + graphicCardPath(story.locale, graphic), stepCard(story, step).alt),
		oembed: oembedUrl(root, story, graphic)
	};
}

function tag(name: 'meta' | 'link', attributes: Record<string, string>): string {
	const pairs = Object.entries(attributes).map(([key, value]) => `${key}="${escapeXml(value)}"`);
	return `<${name} ${pairs.join(' ')}>`;
}

/** The head tags for a HeadMeta, every value escaped. */
export function headHtml(meta: HeadMeta): string {
	const og: [string, string][] = [
		['og:type', 'article'],
		['og:site_name', meta.siteName],
		['og:locale', meta.ogLocale],
		...meta.ogLocaleAlternates.map((locale): [string, string] => ['og:locale:alternate', locale]),
		['og:title', meta.title],
		['og:description', meta.description],
		['og:url', meta.url],
		['og:image', meta.image.url],
		['og:image:type', 'image/png'],
		['og:image:width', String(meta.image.width)],
		['og:image:height', String(meta.image.height)],
		['og:image:alt', meta.image.alt],
		['article:published_time', meta.article.published],
		['article:modified_time', meta.article.modified]
	];
	const twitter: [string, string][] = [
		['twitter:card', 'summary_large_image'],
		['twitter:title', meta.title],
		['twitter:description', meta.description],
		['twitter:image', meta.image.url],
		['twitter:image:alt', meta.image.alt]
	];
	return [
		`<title>${escapeXml(meta.title)}</title>`,
		tag('meta', { name: 'description', content: meta.description }),
		tag('link', { rel: 'canonical', href: meta.canonical }),
		...meta.alternates.map((a) => tag('link', { rel: 'alternate', hreflang: a.hreflang, href: a.href })),
		...(meta.oembed
			? [
					tag('link', {
						rel: 'alternate',
						type: 'application/json+oembed',
						href: meta.oembed,
						title: meta.title
					})
				]
			: []),
		...og.map(([property, content]) => tag('meta', { property, content })),
		...twitter.map(([name, content]) => tag('meta', { name, content })),
		...(meta.jsonLd ? [inlineScript(meta.jsonLd, 'application/ld+json')] : [])
	].join('\n');
}
