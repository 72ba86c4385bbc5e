/**
 * The two layouts of the scrolling story. The walk through every step (active card, hash, graphic
 * state, history, scrolling back up) is the tour in tour.spec.ts, once per edition and viewport.
 */
import { editions, expect, scrollToStep, test } from './fixtures';

/** Layout does not depend on the language: checked in the English edition. */
const edition = editions[0]!;

test(
	'on phones the graphic is pinned to the top and the cards pass over it',
	{ tag: '@phone' },
	async ({ page }) => {
		await page.goto(edition.path);
		await scrollToStep(page, 'gdp-collapse');
		const figure = page.locator('[data-graphic="gdp"]');
		await expect(figure).toHaveCSS('position', 'sticky');
		const box = (await figure.boundingBox())!;
		const { width, height } = page.viewportSize()!;
		expect(box.y).toBeCloseTo(0, 0);
		expect(box.height).toBeGreaterThan(height * 0.4);
		expect(box.height).toBeLessThan(height * 0.7);
		const card = (await page.locator('[data-step-id="gdp-collapse"]').boundingBox())!;
		expect(card.x).toBeGreaterThanOrEqual(0);
		expect(card.x + card.width).toBeLessThanOrEqual(width);
	}
);

test('on wide screens the graphic sits beside the text', async ({ page }) => {
	await page.goto(edition.path);
	await scrollToStep(page, 'gdp-collapse');
	const figure = (await page.locator('[data-graphic="gdp"]').boundingBox())!;
	const card = (await page.locator('[data-step-id="gdp-collapse"]').boundingBox())!;
	expect(figure.x + figure.width).toBeLessThanOrEqual(card.x);
	expect(figure.y).toBeCloseTo(0, 0);
});
