/**
 * The embed codes the snippet builder hands out: with the project's loader, with pym.js, and a
 * plain iframe of fixed height for pages where no script may run.
 */
import type { Theme } from './params';

export interface EmbedChoice {
	/** A graphic id, or 'story' for the whole story. */
	target: string;
	/** The edition's path from the site root ('/', '/es/'): the embed's language. */
	edition: string;
	theme: Theme | null;
	step: string | null;
}

/** Heights for the plain iframe, which cannot follow its content: one graphic fits; the story scrolls inside. */
export const FIXED_HEIGHT = { graphic: 640, story: 900 };

/** pym.js as the site serves it: its address and its subresource integrity. */
export interface PymScript {
	src: string;
	integrity: string;
}

/** The embed page's address; `site` is the site's address (ORIGIN and BASE_PATH), without a trailing slash. */
export function embedUrl(site: string, { target, edition, theme, step }: EmbedChoice): string {
	const url = new URL(`${site}${edition}embed/${encodeURIComponent(target)}/`);
	if (theme) url.searchParams.set('theme', theme);
	if (step) url.searchParams.set('step', step);
	return url.href;
}

function attr(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedSnippets(site: string, choice: EmbedChoice, title: string, pym: PymScript) {
	const src = attr(embedUrl(site, choice));
	const name = attr(title);
	const height = choice.target === 'story' ? FIXED_HEIGHT.story : FIXED_HEIGHT.graphic;
	const style = `width:100%;height:${height}px;border:0`;
	return {
		loader:
			`<iframe src="${src}" title="${name}" data-maduro-embed style="${style}" scrolling="no" loading="lazy"></iframe>\n` +
			`<script async src="${attr(site)}/embed.js"></script>`,
		pym:
			`<div id="maduro-${attr(choice.target)}" data-pym-src="${src}" data-pym-title="${name}" data-pym-trackscroll></div>\n` +
			`<script src="${attr(pym.src)}" integrity="${attr(pym.integrity)}" crossorigin="anonymous"></script>`,
		plain: `<iframe src="${src}" title="${name}" style="${style}" loading="lazy"></iframe>`
	};
}

export type EmbedSnippets = ReturnType<typeof embedSnippets>;

/** The column width an oEmbed answer describes: a news article's. */
export const OEMBED_WIDTH = 600;

/**
 * The code an oEmbed consumer (WordPress, Ghost, an editor that unfurls links) places for a
 * pasted link: the embed's iframe alone, no script. Only attributes WordPress's sanitizer keeps
 * carry its size; the height is an attribute, not a style, so that a host speaking one of the
 * embed's height dialects (WordPress's, AMP's) can change it. No `scrolling="no"`: a host that
 * sizes nothing leaves a frame that scrolls rather than one that cuts the graphic off.
 */
export function oembedSnippet(site: string, choice: EmbedChoice, title: string, height: number): string {
	return (
		`<iframe src="${attr(embedUrl(site, choice))}" title="${attr(title)}" width="${OEMBED_WIDTH}" ` +
		`height="${Math.round(height)}" frameborder="0" style="width:100%;max-width:${OEMBED_WIDTH}px;border:0" loading="lazy"></iframe>`
	);
}
