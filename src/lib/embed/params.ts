/**
 * What an embed's URL may ask for. The pages are prerendered, so the query is read on the client;
 * a value we do not know falls back to the default without a word.
 */
export const THEMES = ['light', 'dark', 'transparent'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Puts a known `?theme=` on <html> before the first paint, as app.html's script does with the
 * stored theme: run inline in the embed pages' head, self-contained so a CSP can allow it by hash.
 */
export const THEME_SCRIPT =
	`(function(m){if(m)document.documentElement.dataset.theme=m[1]})` +
	`(/[?&]theme=(${THEMES.join('|')})(&|$)/.exec(location.search))`;

/** The same, as the element the head carries (a Svelte file cannot hold the closing tag). */
export const THEME_TAG = `<script>${THEME_SCRIPT}</script>`;

/** The step id asked for, as given; the step-state model decides whether it exists. */
export function stepFrom(search: string): string | null {
	return new URLSearchParams(search).get('step');
}
