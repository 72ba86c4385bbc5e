import { BASE_PATH } from '../../playwright.config';
import { expect, expectDataLinks, scrollToStep, test } from './fixtures';

test('the site works when deployed under a sub-path', async ({ page, edition }) => {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
	});
	await page.goto(`${BASE_PATH}/`);
	await expect(page.locator('h1')).toBeVisible();
	// Hydrated: the scroll driver answers, which needs the JavaScript under the sub-path.
	await scrollToStep(page, 'gdp-collapse');
	await expect(page.locator('[data-graphic="gdp"]')).toHaveAttribute('data-state', 'collapse');
	await expect(page).toHaveURL(new RegExp(`${BASE_PATH}/#step-gdp-collapse$`));
	const assets = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[href], script[src]')].map(
			(e) => (e as HTMLLinkElement).href || (e as HTMLScriptElement).src
		)
	);
	for (const url of assets) expect(new URL(url).pathname.startsWith(`${BASE_PATH}/`)).toBe(true);
	for (const href of await expectDataLinks(page, edition.ui.dataDownload))
		expect(href.startsWith(`${BASE_PATH}/data/`), href).toBe(true);
	expect(failed).toEqual([]);
});
