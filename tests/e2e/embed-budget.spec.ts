import { expect, scriptsLoaded, test } from './fixtures';
import { EMBEDDABLE } from './fixtures/embeds';

// The loader's own budget (2 KB gzipped) is a unit test: src/lib/embed/loader-budget.test.ts.
/** The embed routes keep to the story route's budget. */
const JS_BUDGET = 64 * 1024;

for (const path of [...EMBEDDABLE.map((g) => `/embed/${g}/`), '/embed/story/']) {
	test(`${path} loads at most 64 KB of gzipped JavaScript`, { tag: '@phone' }, async ({ page }) => {
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
