/**
 * A paragraph of copy as HTML. The copy never changes once the page is built, and a Svelte
 * block per segment made hydrating the step cards the costliest part of the page's start-up;
 * as `{@html}` it is adopted as it stands.
 */
import { escapeXml } from '$lib/markup/escape';
import type { Rich } from './types';

/**
 * Figures link to their first source in the Sources list; `linked: false` (the presenter's
 * stage, which has no Sources list) keeps them as bold words.
 */
export function richHtml(text: Rich, linked: boolean): string {
	return text
		.map((segment) => {
			if (segment.kind === 'text') return escapeXml(segment.text);
			const words = escapeXml(segment.text);
			const key = escapeXml(segment.key);
			const source = segment.sources[0];
			if (!linked || source === undefined) return `<strong class="fact" data-fact="${key}">${words}</strong>`;
			return `<a class="fact" href="#source-${escapeXml(source)}" data-fact="${key}">${words}</a>`;
		})
		.join('');
}
