import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { expect, scriptsLoaded, test } from './fixtures';
import { EMBEDDABLE } from './fixtures/embeds';

/** The host page's loader: at most 2 KB gzipped. */
const LOADER_BUDGET = 2 * 1024;
/** The embed routes keep to the story route's budget. */
const JS_BUDGET = 60 * 1024;

test('the loader is at most 2 KB gzipped, as served', async ({ request }, info) => {
	test.skip(info.project.name !== 'phone', 'one measurement is enough');
	const response = await request.get('/embed.js');
	expect(response.ok()).toBe(true);
	const body = await response.body();
	expect(body.equals(readFileSync('static/embed.js'))).toBe(true);
	const size = gzipSync(body, { level: 9 }).length;
	console.log(`embed.js: ${body.length} bytes, ${size} bytes gzip -9`);
	expect(size).toBeLessThanOrEqual(LOADER_BUDGET);
});

for (const path of [...EMBEDDABLE.map((g) => `/embed/${g}/`), '/embed/story/']) {
	test(`${path} loads at most 60 KB of gzipped JavaScript`, async ({ page }, info) => {
		test.skip(info.project.name !== 'phone', 'one measurement is enough');
		const scripts = scriptsLoaded(page);
		await page.goto(path);
		await expect(page.locator('[data-active-step], [data-layout="linear"]').first()).toBeAttached();
		await expect(page.locator('[data-layout="waiting"]')).toHaveCount(0);
		const { bytes, files } = await scripts.total();
		console.log(`${path} JavaScript: ${(bytes / 1024).toFixed(1)} KiB gzip -9 in ${files} files`);
		expect(files).toBeGreaterThan(0);
		expect(bytes).toBeLessThanOrEqual(JS_BUDGET);
	});
}
