import { expect, expectedShown, inEveryEdition, scrollToStep, test, DRAWN } from './fixtures';

inEveryEdition((edition) => {
	test('scrolling through every step moves the active card, the hash and the graphic state', async ({
		page
	}) => {
		// A walk through all 24 steps, each waited for: more than the default budget on a busy machine.
		test.slow();
		await page.goto(edition.path);
		const root = page.locator('.story');
		for (const step of edition.steps) {
			await scrollToStep(page, step.id);
			const card = page.locator(`[data-step-id="${step.id}"]`);
			await expect(card).toHaveAttribute('aria-current', 'step');
			await expect(root).toHaveAttribute('data-active-step', step.id);
			await expect(page).toHaveURL(new RegExp(`#step-${step.id}$`));
			await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
			const shown = expectedShown(step.index);
			if (shown && DRAWN.has(shown.graphic)) {
				const figure = page.locator(`[data-graphic="${shown.graphic}"]`);
				await expect(figure).toHaveAttribute('data-state', shown.state);
				await expect(figure).toHaveAttribute('data-dimmed', String(!step.graphic));
			}
		}
	});

	test('scrolling back up restores the earlier state', async ({ page }) => {
		await page.goto(edition.path);
		await scrollToStep(page, 'gdp-rebound');
		await expect(page.locator('[data-graphic="gdp"]')).toHaveAttribute('data-state', 'rebound');
		await scrollToStep(page, 'gdp-baseline');
		await expect(page.locator('[data-graphic="gdp"]')).toHaveAttribute('data-state', 'baseline');
		await expect(page).toHaveURL(/#step-gdp-baseline$/);
	});

	test('scrolling does not add history entries', async ({ page }) => {
		await page.goto(edition.path);
		const before = await page.evaluate(() => history.length);
		for (const id of ['armada-buildup', 'gdp-baseline', 'gdp-collapse']) {
			await scrollToStep(page, id);
			await expect(page).toHaveURL(new RegExp(`#step-${id}$`));
		}
		expect(await page.evaluate(() => history.length)).toBe(before);
	});

	test('on phones the graphic is pinned to the top and the cards pass over it', async ({ page }, info) => {
		test.skip(info.project.name !== 'phone', 'phone layout');
		await page.goto(edition.path);
		await scrollToStep(page, 'gdp-collapse');
		const figure = page.locator('[data-graphic="gdp"]');
		await expect(figure).toHaveCSS('position', 'sticky');
		const box = (await figure.boundingBox())!;
		expect(box.y).toBeCloseTo(0, 0);
		expect(box.height).toBeGreaterThan(844 * 0.4);
		expect(box.height).toBeLessThan(844 * 0.7);
		const card = (await page.locator('[data-step-id="gdp-collapse"]').boundingBox())!;
		expect(card.x).toBeGreaterThanOrEqual(0);
		expect(card.x + card.width).toBeLessThanOrEqual(390);
	});

	test('on wide screens the graphic sits beside the text', async ({ page }, info) => {
		test.skip(info.project.name !== 'desktop', 'desktop layout');
		await page.goto(edition.path);
		await scrollToStep(page, 'gdp-collapse');
		const figure = (await page.locator('[data-graphic="gdp"]').boundingBox())!;
		const card = (await page.locator('[data-step-id="gdp-collapse"]').boundingBox())!;
		expect(figure.x + figure.width).toBeLessThanOrEqual(card.x);
		expect(figure.y).toBeCloseTo(0, 0);
	});

	for (const width of [320, 390]) {
		test(`nothing spills sideways at ${width} px in any step`, async ({ page }, info) => {
			test.skip(info.project.name !== 'phone', 'phone widths');
			await page.setViewportSize({ width, height: 740 });
			await page.goto(edition.path);
			for (const step of edition.steps) {
				await scrollToStep(page, step.id);
				await expect(page.locator('.story')).toHaveAttribute('data-active-step', step.id);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, `horizontal overflow at ${step.id}`).toBeLessThanOrEqual(0);
			}
		});
	}
});
