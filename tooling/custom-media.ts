/**
 * Custom media queries whose width comes from TypeScript, so the layout's breakpoint is written
 * once (src/lib/scrolly/trigger.ts). A component's styles say `@media (--phone)`, the syntax of
 * CSS's own `@custom-media`, which no browser supports yet; this plugin writes the query in before
 * Svelte compiles the component (a `@custom-media` rule would have to be repeated in every file).
 */
import type { Plugin } from 'vite';
import { PHONE_MAX_WIDTH } from '../src/lib/scrolly/trigger.js';

const CUSTOM_MEDIA: Readonly<Record<string, string>> = {
	'--phone': `(width <= ${PHONE_MAX_WIDTH}px)`,
	'--wide': `(width > ${PHONE_MAX_WIDTH}px)`
};

export function customMedia(): Plugin {
	return {
		name: 'custom-media',
		// Before vite-plugin-svelte preprocesses and compiles the file.
		enforce: 'pre',
		transform: {
			filter: { id: /\.svelte$/, code: /@media[^{]*\(--/ },
			handler(code, id) {
				const replaced = code.replace(/@media[^{]*/g, (query) =>
					query.replace(/\((--[\w-]+)\)/g, (_, name: string) => {
						const media = CUSTOM_MEDIA[name];
						if (!media) this.error(`${id}: no custom media query named ${name} (tooling/custom-media.ts)`);
						return media;
					})
				);
				return { code: replaced, map: null };
			}
		}
	};
}
