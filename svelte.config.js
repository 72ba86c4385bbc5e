import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { withHeaders } from './scripts/headers.js';

/**
 * BASE_PATH deploys the static site under a sub-path, e.g. BASE_PATH=/graphics/maduro: segments of
 * letters, digits, `.`, `_` and `-`, each after a slash, none only dots; anything else (a trailing
 * slash, a space, a quote that would end up in a header or a page) is a configuration error.
 */
const base = process.env.BASE_PATH ?? '';
if (base !== '' && !/^(\/(?!\.+(\/|$))[\w.-]+)+$/.test(base)) {
	throw new Error(
		`BASE_PATH must look like "/some/path": "/" then letters, digits, ".", "_" or "-", per segment, no trailing slash; got ${JSON.stringify(base)}`
	);
}

/**
 * ORIGIN is the site's address without a path, e.g. ORIGIN=https://graphics.example.com: link
 * previews, canonical links and the sitemap need absolute URLs (ORIGIN + BASE_PATH + path).
 * Local builds default to the address `npm start` serves.
 */
const origin = process.env.ORIGIN ?? 'http://127.0.0.1:4173';
if (!process.env.ORIGIN && process.argv.some((a) => a === 'build')) {
	console.warn(
		`ORIGIN is not set: canonical links, link previews and the sitemap will point at ${origin}. ` +
			'Set ORIGIN for a build you deploy (docs/deploy.md).'
	);
}
if (!/^https?:\/\/[^/?#\s]+$/.test(origin)) {
	throw new Error(
		`ORIGIN must look like "https://example.com" (no path, no trailing slash); got "${origin}"`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// BUILD_DIR lets a test build a second copy (say, under a BASE_PATH) without overwriting the first.
		// Then `_headers`, with the hashes of the inline scripts as built.
		adapter: withHeaders(
			adapter({
				pages: process.env.BUILD_DIR ?? 'build',
				assets: process.env.BUILD_DIR ?? 'build',
				strict: true
			}),
			process.env.BUILD_DIR ?? 'build'
		),
		// The check above guarantees the shape SvelteKit's type asks for.
		paths: { base: /** @type {'' | `/${string}`} */ (base), relative: false },
		alias: { $content: 'src/content' },
		// The stylesheets are small: inlined, they cost no render-blocking request on a slow network.
		inlineStyleThreshold: 30_000,
		// Registered by the root layout instead, which can accept a refusal: a browser refuses a
		// service worker to a page framed by another site, and the embeds must still run there.
		serviceWorker: { register: false },
		prerender: { origin, handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' },
		// The build tooling beside vite.config.ts (tooling/) is type-checked with the app.
		typescript: {
			config: (tsconfig) => ({
				...tsconfig,
				include: [...tsconfig.include, '../tooling/**/*.ts', '../tooling/**/*.js']
			})
		}
	}
};

export default config;
