import { expect, hydrated, scriptsLoaded, steps, scrollToStep, test } from './fixtures';

/** The budget for the JavaScript the story route loads, gzip -9, in bytes (60 KiB). */
const JS_BUDGET = 60 * 1024;

test('the story route loads at most 60 KB of gzipped JavaScript, including anything loaded while scrolling', async ({
	page
}, info) => {
	test.skip(info.project.name !== 'phone', 'one measurement is enough');
	const scripts = scriptsLoaded(page);
	await page.goto('/');
	for (const step of steps) await scrollToStep(page, step.id);
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', steps[steps.length - 1]!.id);
	const { bytes, files } = await scripts.total();
	info.annotations.push({ type: 'js-gzip-bytes', description: `${bytes} bytes in ${files} files` });
	console.log(`story route JavaScript: ${(bytes / 1024).toFixed(1)} KiB gzip -9 in ${files} files`);
	expect(files).toBeGreaterThan(0);
	expect(bytes).toBeLessThanOrEqual(JS_BUDGET);
});

test('the story paints before it asks for any script', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const { paint, scripts } = await page.evaluate(() => ({
		paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? Infinity,
		scripts: performance
			.getEntriesByType('resource')
			.filter((r) => r.name.endsWith('.js'))
			.map((r) => r.startTime)
	}));
	expect(scripts.length).toBeGreaterThan(0);
	expect(Math.min(...scripts)).toBeGreaterThan(paint);
});
