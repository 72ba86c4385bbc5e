import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palette } from '$lib/share/card';
import { TONE_COLOUR } from './marks';

/** The light theme's custom properties: the first block of src/app.css, before any dark one. */
function lightTheme(): Record<string, string> {
	const css = readFileSync('src/app.css', 'utf8');
	const root = css.slice(css.indexOf(':root'), css.indexOf('}'));
	return Object.fromEntries([...root.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('the share cards’ palette', () => {
	it('is the page’s light theme, colour for colour', () => {
		const page = lightTheme();
		for (const name of Object.values(TONE_COLOUR)) expect(palette[name], name).toBe(page[`chart-${name}`]);
		for (const name of ['bg', 'text', 'muted', 'rule', 'accent'] as const)
			expect(palette[name], name).toBe(page[name]);
	});
});
