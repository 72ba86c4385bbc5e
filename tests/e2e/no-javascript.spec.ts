import { expect, expectDataLinks, inEveryEdition, test } from './fixtures';

test.use({ javaScriptEnabled: false });

inEveryEdition((edition) => {
	test('without JavaScript the whole story reads top to bottom', async ({ page }) => {
		await page.goto(edition.path);
		await expect(page.locator('h1')).toHaveText(edition.story.title);
		await expect(page.locator('[data-step-id]')).toHaveCount(edition.steps.length);
		for (const step of edition.steps) {
			const words = step.text
				.map((s) => s.text)
				.join('')
				.trim()
				.split(/\s+/)
				.slice(0, 6)
				.join(' ');
			await expect(page.locator(`[data-step-id="${step.id}"]`)).toContainText(words);
			await expect(page.locator(`[data-step-id="${step.id}"]`)).toBeVisible();
		}
		await expect(page.locator('#sources')).toBeVisible();
	});

	test('without JavaScript the dated editor’s note stands above the story, on the first screen', async ({
		page
	}) => {
		await page.goto(edition.path);
		const note = page.locator('.editors-note');
		await expect(note).toContainText(edition.ui.editorsNote);
		await expect(note.locator('time')).toHaveAttribute('datetime', edition.story.published);
		const dateline = page.locator('.dateline time');
		await expect(dateline).toHaveAttribute('datetime', edition.story.published);
		await expect(dateline).toHaveText(edition.ui.published);
		const box = (await note.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
		const firstStep = (await page.locator('[data-step-id]').first().boundingBox())!;
		expect(box.y).toBeLessThan(firstStep.y);
	});

	test('without JavaScript the GDP chart is drawn, in its final state, above its steps', async ({ page }) => {
		await page.goto(edition.path);
		const figure = page.locator('[data-graphic="gdp"]');
		await expect(figure).toHaveAttribute('data-state', 'rebound');
		await expect(figure).toHaveCSS('position', 'static');
		await expect(figure.locator('path.line:not(.dashed)')).toHaveAttribute(
			'd',
			/^M0,[\d.]+(L[\d.]+,[\d.]+){9}$/
		);
		await expect(figure.locator('path.line.dashed')).toHaveAttribute('d', /L100,[\d.]+$/);
		const figureBox = (await figure.boundingBox())!;
		const firstStep = (await page.locator('[data-step-id="gdp-baseline"]').boundingBox())!;
		expect(figureBox.y + figureBox.height).toBeLessThanOrEqual(firstStep.y);
		await expect(page.locator('.data-table').first()).toBeAttached();
		// The tables are never hydrated: their links to the data are plain HTML.
		expect(await expectDataLinks(page, edition.ui.dataDownload)).toContain('/data/gdp.csv');
	});
});
