import type { Page } from '@playwright/test';
import { expect, gdpLinesBetweenStates, test } from './fixtures';

/** Opens the story and records the GDP lines drawn from its baseline state to its collapse. */
async function framesBetween(page: Page): Promise<string[]> {
	await page.clock.install();
	await page.goto('/');
	return gdpLinesBetweenStates(page);
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
		// Once the new state is shown, its line is already the final one.
		expect(frames).toHaveLength(1);
		expect(frames[frames.length - 1]).toMatch(/L100,[\d.]+$/);
	});
});
