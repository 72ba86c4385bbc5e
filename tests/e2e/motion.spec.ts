import type { Page } from '@playwright/test';
import { expect, scrollToStep, test } from './fixtures';

/** Scrolls from one GDP state to the next and records every distinct line drawn on the way. */
async function framesBetween(page: Page): Promise<string[]> {
	await page.goto('/');
	await scrollToStep(page, 'gdp-baseline');
	await expect(page.locator('[data-graphic="gdp"]')).toHaveAttribute('data-state', 'baseline');
	const recording = page.evaluate(
		() =>
			new Promise<string[]>((resolve) => {
				const path = document.querySelector('[data-graphic="gdp"] path.line:not(.dashed)')!;
				const seen: string[] = [];
				const started = performance.now();
				const sample = () => {
					const d = path.getAttribute('d') ?? '';
					if (seen[seen.length - 1] !== d) seen.push(d);
					// Done once the line reaches the right edge (the trough year), or after 3 s at most.
					if (/L100,[\d.]+$/.test(d) || performance.now() - started > 3000) resolve(seen);
					else requestAnimationFrame(sample);
				};
				requestAnimationFrame(sample);
			})
	);
	await scrollToStep(page, 'gdp-collapse');
	return recording;
}

test('charts tween between states', async ({ page }) => {
	const frames = await framesBetween(page);
	expect(frames.length).toBeGreaterThan(3);
	expect(frames[frames.length - 1]).toMatch(/L100,[\d.]+$/);
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('charts jump straight to the new state', async ({ page }) => {
		const frames = await framesBetween(page);
		// The baseline line, then the final one: nothing in between.
		expect(frames.length).toBeLessThanOrEqual(2);
		expect(frames[frames.length - 1]).toMatch(/L100,[\d.]+$/);
	});
});
