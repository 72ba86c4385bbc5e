import { expect, hydrated, scriptsLoaded, steps, scrollToStep, test } from './fixtures';

/** The budget for the JavaScript the story route loads, gzip -9, in bytes (64 KiB). */
const JS_BUDGET = 64 * 1024;

test(
	'the story route loads at most 64 KB of gzipped JavaScript, including anything loaded while scrolling',
	{ tag: '@phone' },
	async ({ page }, info) => {
		// A walk through every step, each waited for: more than the default budget.
		test.slow();
		const scripts = scriptsLoaded(page);
		await page.goto('/');
		for (const step of steps) await scrollToStep(page, step.id);
		await expect(page.locator('.story')).toHaveAttribute('data-active-step', steps[steps.length - 1]!.id);
		const { bytes, files } = await scripts.total();
		info.annotations.push({ type: 'js-gzip-bytes', description: `${bytes} bytes in ${files} files` });
		console.log(`story route JavaScript: ${(bytes / 1024).toFixed(1)} KiB gzip -9 in ${files} files`);
		expect(files).toBeGreaterThan(0);
		expect(bytes).toBeLessThanOrEqual(JS_BUDGET);
	}
);

test('the story paints before it asks for any script', async ({ page }) => {
	// With the clock paused, paint-first's half-second fallback cannot fire (on a busy machine the
	// first paint can come later than that): only the browser's paint report can start the scripts.
	await page.clock.install();
	await page.clock.pauseAt(Date.now() + 60_000);
	await page.goto('/');
	await hydrated(page);
	// The paused clock fakes `performance`, whose entry lists are then empty; observers still see them.
	const { paint, scripts } = await page.evaluate(async () => {
		const buffered = (type: string) =>
			new Promise<PerformanceEntryList>((seen) =>
				new PerformanceObserver((list, observer) => {
					observer.disconnect();
					seen(list.getEntries());
				}).observe({ type, buffered: true })
			);
		const [paints, resources] = await Promise.all([buffered('paint'), buffered('resource')]);
		return {
			paint: paints.find((p) => p.name === 'first-paint')?.startTime ?? Infinity,
			scripts: resources.filter((r) => r.name.endsWith('.js')).map((r) => r.startTime)
		};
	});
	expect(scripts.length).toBeGreaterThan(0);
	expect(Math.min(...scripts)).toBeGreaterThan(paint);
});

test('the story carries its source list once: in the markup, not again in its page data', async ({
	request
}) => {
	const html = await (await request.get('/')).text();
	const data = html.slice(html.indexOf('__sveltekit_'));
	expect(html).toContain('<ol class="source-list');
	expect(html).toContain('<cite');
	// Serialized page data escapes `<` as \u003C: a citation there would read \u003Ccite.
	expect(data).not.toMatch(/\\u003Ccite/i);
});
