import { gzipSync } from 'node:zlib';
import { expect, steps, scrollToStep, test } from './fixtures';

/** The budget for the JavaScript the story route loads, gzip -9, in bytes (60 KiB). */
const JS_BUDGET = 60 * 1024;

test('the story route loads at most 60 KB of gzipped JavaScript, including anything loaded while scrolling', async ({
	page
}, info) => {
	test.skip(info.project.name !== 'phone', 'one measurement is enough');
	const scripts = new Map<string, number>();
	const reads: Promise<void>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		reads.push(
			response.body().then((body) => void scripts.set(response.url(), gzipSync(body, { level: 9 }).length))
		);
	});
	await page.goto('/');
	for (const step of steps) await scrollToStep(page, step.id);
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', steps[steps.length - 1]!.id);
	await Promise.all(reads);
	const total = [...scripts.values()].reduce((a, b) => a + b, 0);
	info.annotations.push({ type: 'js-gzip-bytes', description: `${total} bytes in ${scripts.size} files` });
	console.log(`story route JavaScript: ${(total / 1024).toFixed(1)} KiB gzip -9 in ${scripts.size} files`);
	expect(scripts.size).toBeGreaterThan(0);
	expect(total).toBeLessThanOrEqual(JS_BUDGET);
});
