/**
 * What an embed's URL may ask for. The pages are prerendered, so the query is read on the client;
 * a value we do not know falls back to the default without a word.
 */
export const THEMES = ['light', 'dark', 'transparent'] as const;
export type Theme = (typeof THEMES)[number];

export function themeFrom(search: string): Theme | null {
	const theme = new URLSearchParams(search).get('theme');
	return (THEMES as readonly (string | null)[]).includes(theme) ? (theme as Theme) : null;
}

/** The step id asked for, as given; the step-state model decides whether it exists. */
export function stepFrom(search: string): string | null {
	return new URLSearchParams(search).get('step');
}
