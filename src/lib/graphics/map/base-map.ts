/**
 * Where the map's base shapes come from. The story page `<use>`s them from /map/base.svg, a file
 * the browser caches and the page's HTML never carries. An embed cannot: in a sandboxed frame
 * (an opaque origin, as WordPress and many CMSs frame embeds) the browser refuses to `<use>`
 * another file, so the land would never draw. Embed pages call `inlineBaseMap()`; their map then
 * points at two paths the server writes into the page itself (src/hooks.server.ts).
 */
import { getContext, setContext } from 'svelte';
import { base } from '$app/paths';

const INLINE = Symbol();

/** The ids of the inlined paths, which the server looks for in a page's markup. */
export const INLINE_IDS = { land: 'map-base-land', focus: 'map-base-focus' } as const;

/** Called by a page that carries the shapes itself: its maps draw them from the page. */
export function inlineBaseMap(): void {
	setContext(INLINE, true);
}

/** The `href` of a base shape, for a component rendered under that page. */
export function baseMapHref(shape: keyof typeof INLINE_IDS): string {
	return getContext<boolean | undefined>(INLINE) ? `#${INLINE_IDS[shape]}` : `${base}/map/base.svg#${shape}`;
}
