import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = dirname(createRequire(import.meta.url).resolve('scrollama/package.json'));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { browser: string };

describe('patches/scrollama+3.2.0.patch (destroy() removes the scroll listener setup() adds)', () => {
	// The file Vite bundles for the browser (package.json "browser"), and the sources beside it.
	it.each([
		[manifest.browser, 'removeScrollListener();'],
		[manifest.browser, 'document.removeEventListener("scroll", listener)'],
		['src/entry.js', 'removeScrollListener();'],
		['src/scroll.js', 'document.removeEventListener("scroll", listener)']
	])('is applied to scrollama/%s (%s)', (file, patched) => {
		expect(
			readFileSync(join(root, file), 'utf8'),
			`patches/scrollama+3.2.0.patch no longer applies to scrollama/${file}: run npx patch-package, or update the patch`
		).toContain(patched);
	});
});
