/**
 * Paper: the linear layout, every graphic in its final state whatever the reader had scrolled
 * to, light colours whatever the theme, and the sources with their full addresses.
 */
import { expect, hydrated, inEveryEdition, scrollToStep, test } from './fixtures';
import { sources, type Source } from '../../src/lib/data/sources';

inEveryEdition((edition) => {
	test('printing shows every graphic in its final state, in the linear layout', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('maduro:theme', 'dark'));
		await page.goto(edition.path);
		await hydrated(page);
		await scrollToStep(page, 'gdp-baseline');
		const figure = page.locator('[data-graphic="gdp"]');
		await expect(figure).toHaveAttribute('data-state', 'baseline');

		await page.emulateMedia({ media: 'print' });
		await expect(figure).toHaveAttribute('data-state', 'rebound');
		await expect(figure).toHaveAttribute('data-dimmed', 'false');
		await expect(figure).toHaveCSS('position', 'static');
		await expect(figure).toHaveCSS('opacity', '1');
		// The same marks the server drew for the final state.
		const html = await (await page.request.get(edition.path)).text();
		const serverLine = /<path class="line[^"]*" d="([^"]+)"/.exec(html)![1]!;
		await expect(figure.locator('path.line:not(.dashed)')).toHaveAttribute('d', serverLine);
		// Graphic above its steps, steps one after another.
		const figureBox = (await figure.boundingBox())!;
		const firstStep = (await page.locator('[data-step-id="gdp-baseline"]').boundingBox())!;
		expect(firstStep.y).toBeGreaterThan(figureBox.y + figureBox.height - 1);
		// Light on paper, even for a reader who reads in the dark theme; no switches on paper.
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			'rgb(251, 250, 247)'
		);
		await expect(page.getByRole('group', { name: edition.ui.displaySettings })).toBeHidden();
		await expect(page.locator('.skip-link')).toBeHidden();

		// Back on screen, the reader is where they were, though the paper layout, much shorter, took
		// the scroll position with it.
		await page.emulateMedia({ media: 'screen' });
		await expect(figure).toHaveAttribute('data-state', 'baseline');
		await expect(page.locator('.story')).toHaveAttribute('data-active-step', 'gdp-baseline');
		await expect(page.locator('[data-step-id="gdp-baseline"]')).toBeInViewport();
	});

	test('the printed source list gives every source’s full address', async ({ page }) => {
		await page.goto(edition.path);
		await hydrated(page);
		await page.emulateMedia({ media: 'print' });
		const list = page.locator('.source-list');
		await expect(list).toBeVisible();
		const linked = (Object.values(sources) as Source[]).flatMap((s) => (s.url ? [s.url] : []));
		for (const url of linked) await expect(list.getByText(url, { exact: true }).first()).toBeVisible();
		// The page must lay out on paper without error.
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
	});
});
