import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BASE_PATH deploys the static site under a sub-path, e.g. BASE_PATH=/graphics/maduro.
 * It must start with a slash and must not end with one; anything else is a configuration error.
 */
const base = process.env.BASE_PATH ?? '';
if (base !== '' && !/^\/[\w\-./]*[^/]$/.test(base)) {
	throw new Error(`BASE_PATH must look like "/some/path" (no trailing slash); got "${base}"`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// BUILD_DIR lets a test build a second copy (say, under a BASE_PATH) without overwriting the first.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			strict: true
		}),
		paths: { base, relative: false },
		alias: { $content: 'src/content' },
		// The stylesheets are small: inlined, they cost no render-blocking request on a slow network.
		inlineStyleThreshold: 30_000,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' }
	}
};

export default config;
