/**
 * The colour tokens' stylesheet, `virtual:colours.css`, made from src/lib/theme/colours.ts so that
 * each colour is written once, for the page and the share cards alike. Each token is a
 * `light-dark()` pair: the root's `color-scheme` (src/app.css) picks the value, so the system's
 * setting works without JavaScript. The build's CSS minifier (Lightning CSS) rewrites `light-dark()`
 * for the browsers Vite targets that lack it.
 */
import type { Plugin } from 'vite';
import { COLOURS } from '../src/lib/theme/colours.js';

const ID = 'virtual:colours.css';

export function colourTokens(): Plugin {
	const css = `:root {\n${Object.entries(COLOURS)
		.map(([name, [light, dark]]) => `\t--${name}: light-dark(${light}, ${dark});\n`)
		.join('')}}\n`;
	return {
		name: 'colour-tokens',
		resolveId: {
			filter: { id: new RegExp(`^${ID}$`) },
			handler: () => `\0${ID}`
		},
		load: {
			filter: { id: new RegExp(`^\0${ID}$`) },
			handler: () => css
		}
	};
}
