/**
 * Where links to other sites open. Inside an embed they open in a new tab: in the iframe they would
 * replace the graphic, with a page that most sites refuse to show in a frame.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('links-in-new-tab');

/** Called by the embeds' layout. */
export function openLinksInNewTab(): void {
	setContext(KEY, true);
}

/** The attributes for a link to another site, under the current page's rule. */
export function externalLink(): { target: '_blank' | undefined; rel: string } {
	return getContext<boolean | undefined>(KEY)
		? { target: '_blank', rel: 'external noopener' }
		: { target: undefined, rel: 'external' };
}
