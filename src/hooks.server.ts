import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { INLINE_IDS } from '$lib/graphics/map/base-map';
import { buildBaseMap } from '$lib/graphics/map/basemap.server';
import { startAfterPaint } from '$lib/hydration/start-after-paint.server';
import { localeOfSegment, type Locale } from '$lib/i18n/editions';
import { sourceListHtml } from '$lib/page-data/story';
import { storyIn } from '$lib/story/stories';

/**
 * The base map's two paths, for pages whose map draws them from the page itself (the embeds:
 * src/lib/graphics/map/base-map.ts). Outside the app's root, so hydration never sees them, and
 * hidden: only their `<use>` copies are painted. Built once per build.
 */
let defs: string | undefined;
function baseMapDefs(): string {
	if (defs === undefined) {
		const { land, focus } = buildBaseMap();
		defs =
			'<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">' +
			`<path id="${INLINE_IDS.land}" d="${land}"/><path id="${INLINE_IDS.focus}" d="${focus}"/></svg>`;
	}
	return defs;
}

/** A page that draws the inlined shapes (and only such a page) gets them, at the top of its body. */
function withBaseMap(html: string): string {
	if (!html.includes(`href="#${INLINE_IDS.land}"`)) return html;
	return html.replace(/<body[^>]*>/, (body) => body + baseMapDefs());
}

/** The sources section's list (SourcesSection.svelte), built here so that it is not page data as well. */
function withSourceList(html: string, locale: Locale): string {
	return html.replace(
		/<ol class="source-list[^"]*">(?=<\/ol>)/,
		(list) => list + sourceListHtml(storyIn(locale))
	);
}

/** Each edition's pages declare their language: the edition whose path (/es/) they lie under. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = localeOfSegment(event.url.pathname.slice(base.length).split('/')[1]);
	const { preload, transform } = startAfterPaint();
	return resolve(event, {
		preload,
		transformPageChunk: ({ html }) =>
			withSourceList(withBaseMap(transform(html.replace('%lang%', lang))), lang)
	});
};
