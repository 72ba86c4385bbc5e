import { editions, expect, hydrated, test } from './fixtures';

const gdpLine = (page: import('@playwright/test').Page) =>
	page.locator('[data-graphic="gdp"] path.line:not(.dashed)');

/** Behaviour that does not depend on the language: checked in the English edition. */
const edition = editions[0]!;
test('a step link opens that step with its graphic already in its state', async ({ page }) => {
	await page.goto(`${edition.path}#step-gdp-collapse`);
	await expect(page.locator('[data-step-id="gdp-collapse"]')).toHaveAttribute('aria-current', 'step');
	const figure = page.locator('[data-graphic="gdp"]');
	await expect(figure).toHaveAttribute('data-state', 'collapse');
	// The collapse state ends its line at the right edge (the x axis ends at the trough year).
	await expect(gdpLine(page)).toHaveAttribute('d', /L100,\d+(\.\d+)?$/);
	await expect(figure).toBeInViewport();
	await expect(page).toHaveURL(/#step-gdp-collapse$/);
});

test('a link to a step the story does not have opens the first step, quietly', async ({ page }) => {
	await page.goto(`${edition.path}#step-no-such-step`);
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', 'armada-region');
	await expect(page).toHaveURL(/#step-armada-region$/);
});

test('an unreadable step link opens the first step', async ({ page }) => {
	await page.goto(`${edition.path}#step-%E0%A4%A`);
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', 'armada-region');
});

test('changing the hash in place follows it', async ({ page }) => {
	await page.goto(edition.path);
	await page.evaluate(() => (location.hash = '#step-gdp-rebound'));
	await expect(page.locator('[data-graphic="gdp"]')).toHaveAttribute('data-state', 'rebound');
	await expect(page.locator('[data-step-id="gdp-rebound"]')).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('[data-graphic="gdp"]')).toBeInViewport();
});

test('another anchor in the hash is left alone', async ({ page }) => {
	await page.goto(`${edition.path}#source-mpd`);
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', 'armada-region');
	await expect(page).toHaveURL(/#source-mpd$/);
	await expect(page.locator('#source-mpd')).toBeInViewport();
});

test('a figure links to its source, and back returns to the step', async ({ page }) => {
	await page.goto(`${edition.path}#step-gdp-collapse`);
	await hydrated(page);
	await page.locator('[data-step-id="gdp-collapse"] a.fact').first().click();
	await expect(page).toHaveURL(/#source-mpd$/);
	await expect(page.locator('#source-mpd')).toBeInViewport();
	await page.goBack();
	await expect(page).toHaveURL(/#step-gdp-collapse$/);
	await expect(page.locator('[data-step-id="gdp-collapse"]')).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('[data-step-id="gdp-collapse"]')).toBeInViewport();
});

// The page paints before its scripts load: on a slow phone a reader can follow a link first.
for (const back of ['before', 'after'] as const) {
	test(`a source link followed before the page wakes up, and back ${back} it wakes, returns to the step`, async ({
		page
	}) => {
		let wake!: () => void;
		const woken = new Promise<void>((resolve) => (wake = resolve));
		await page.route('**/_app/immutable/entry/app.*.js', async (route) => {
			await woken;
			await route.continue();
		});
		await page.goto(`${edition.path}#step-gdp-collapse`, { waitUntil: 'domcontentloaded' });
		await page.locator('[data-step-id="gdp-collapse"] a.fact').first().click();
		await expect(page).toHaveURL(/#source-mpd$/);
		await expect(page.locator('.story')).toHaveAttribute('data-active-step', '');
		if (back === 'before') await page.goBack();
		wake();
		await hydrated(page);
		if (back === 'after') {
			// Awake on the sources, the page leaves that anchor alone.
			await expect(page).toHaveURL(/#source-mpd$/);
			await page.goBack();
		}
		await expect(page).toHaveURL(/#step-gdp-collapse$/);
		await expect(page.locator('[data-step-id="gdp-collapse"]')).toHaveAttribute('aria-current', 'step');
		await expect(page.locator('[data-step-id="gdp-collapse"]')).toBeInViewport();
	});
}
