/**
 * The single-graphic embeds. Per edition, each graphic's embed shows its title, source line, data,
 * date and credit in that language, names its controls in it, and reads at 300 and 1200 px (the map
 * with room for itself under its legend). How the controls, ?step= and ?theme= behave is the same
 * code in every edition: checked in English, the odd values once (every embed page reads them with
 * the same code).
 */
import { embedUi } from '../../src/lib/embed/ui';
import { editions, expect, expectDataLinks, inEveryEdition, test } from './fixtures';
import { EMBEDDABLE, embedOpening, stepsOf } from './fixtures/embeds';

// Every drawn graphic has an embed: an empty list would quietly declare no test below.
if (EMBEDDABLE.length === 0) throw new Error('no graphic is embeddable: the registry or the story lost them');

inEveryEdition((edition) => {
	const words = embedUi(edition.locale);
	for (const graphic of EMBEDDABLE) {
		const steps = stepsOf(graphic);
		const last = steps[steps.length - 1]!;
		const opening = embedOpening(graphic);

		test(`${edition.path}embed/${graphic}/ shows its title, source line, data to download, the story’s date and a credit that opens the story in the top window, names its controls, and reads at 300 and 1200 px`, async ({
			page
		}) => {
			await page.goto(`${edition.path}embed/${graphic}/?step=${last.id}`);
			await expect(page.locator('main.embed')).toHaveAttribute('data-active-step', last.id);
			await expect(page.locator('.chart-title')).toBeVisible();
			await expect(page.locator('.source-line a').first()).toHaveAttribute('href', /^https:\/\//);
			const credit = page.locator('.credit a');
			await expect(credit).toHaveAttribute('target', '_top');
			await expect(credit).toHaveAttribute('href', `${edition.path}#step-${last.id}`);
			// On its own, a graphic still says when the story stands and what came after.
			await expect(page.locator('.credit')).toContainText(edition.ui.editorsNoteShort);
			await expectDataLinks(page, edition.ui.dataDownload);

			await expect(page.getByRole('button', { name: words.previous })).toBeVisible();
			await expect(
				page.getByRole('button', { name: words.stepOf(steps.length, steps.length) })
			).toHaveAttribute('aria-current', 'step');
			for (const width of [300, 1200]) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(`${edition.path}embed/${graphic}/`);
				await expect(page.locator('main.embed')).toHaveAttribute('data-active-step', opening.id);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow).toBeLessThanOrEqual(0);
				const chart = (await page.locator(`[data-graphic="${graphic}"] .chart`).boundingBox())!;
				// Tall enough for its labels' rows; the map's legend and scale lie over it and leave it a real map.
				expect(chart.height).toBeGreaterThanOrEqual(300);
				if (graphic === 'map') {
					const room = await page
						.locator('.map')
						.evaluate(
							(map) =>
								map.clientHeight -
								map.querySelector('.legend')!.clientHeight -
								map.querySelector('.foot')!.clientHeight
						);
					expect(room).toBeGreaterThanOrEqual(Math.min(250, width * 0.6));
				}
				expect(chart.x + chart.width).toBeLessThanOrEqual(width);
				for (const button of await page.locator('.controls button').all()) {
					const box = (await button.boundingBox())!;
					expect(box.x + box.width).toBeLessThanOrEqual(width);
				}
			}
		});
	}
});

/** Behaviour that does not depend on the language: checked in the English edition. */
const english = editions[0]!;

for (const graphic of EMBEDDABLE) {
	const steps = stepsOf(graphic);
	const first = steps[0]!;
	const last = steps[steps.length - 1]!;
	const edition = english;
	const opening = embedOpening(graphic);
	const words = embedUi(edition.locale);

	test(`${edition.path}embed/${graphic}/ opens where its share image does, steps through every state with its own buttons, dots and arrow keys, and opens on the step ?step= names`, async ({
		page
	}) => {
		await page.goto(`${edition.path}embed/${graphic}/`);
		const root = page.locator('main.embed');
		const figure = page.locator(`[data-graphic="${graphic}"]`);
		await expect(root).toHaveAttribute('data-active-step', opening.id);
		await expect(figure).toHaveAttribute('data-state', opening.state!);
		const previous = page.getByRole('button', { name: words.previous });
		const next = page.getByRole('button', { name: words.next });
		if (opening.id === last.id) await expect(next).toBeDisabled();
		else await expect(next).toBeEnabled();

		await page.keyboard.press('Home');
		await expect(root).toHaveAttribute('data-active-step', first.id);
		await expect(figure).toHaveAttribute('data-state', first.state!);
		await expect(previous).toBeDisabled();
		for (const step of steps.slice(1)) {
			await next.click();
			await expect(root).toHaveAttribute('data-active-step', step.id);
			await expect(figure).toHaveAttribute('data-state', step.state!);
		}
		await expect(next).toBeDisabled();
		await expect(page.locator('.dot[aria-current="step"]')).toHaveAttribute(
			'aria-label',
			words.stepOf(steps.length, steps.length)
		);

		await page.getByRole('button', { name: words.stepOf(1, steps.length) }).click();
		await expect(figure).toHaveAttribute('data-state', first.state!);

		if (steps.length > 1) {
			await page.keyboard.press('ArrowRight');
			await expect(root).toHaveAttribute('data-active-step', steps[1]!.id);
			await page.keyboard.press('ArrowLeft');
			await expect(root).toHaveAttribute('data-active-step', first.id);
		}
		await page.keyboard.press('End');
		await expect(root).toHaveAttribute('data-active-step', last.id);

		await page.goto(`${edition.path}embed/${graphic}/?step=${first.id}`);
		await expect(page.locator('main.embed')).toHaveAttribute('data-active-step', first.id);
		await expect(figure).toHaveAttribute('data-state', first.state!);
	});
}

{
	const graphic = EMBEDDABLE[0]!;
	const edition = english;
	const opening = embedOpening(graphic);

	test(`/embed/${graphic}/ falls back to its opening step on an unknown or odd ?step=`, async ({ page }) => {
		for (const odd of [
			'nope',
			'%3Cimg%20src%3Dx%3E',
			'',
			'-1',
			'99',
			'constructor',
			'__proto__',
			'%E0%A4%A'
		]) {
			await page.goto(`${edition.path}embed/${graphic}/?step=${odd}`);
			await expect(page.locator('main.embed')).toHaveAttribute('data-active-step', opening.id);
		}
	});

	test(`/embed/${graphic}/ takes ?theme= before its first paint, and ignores a theme it does not know`, async ({
		page
	}) => {
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.emulateMedia({ colorScheme: 'light' });
		// Every module held back: only the HTML and its inline scripts can set the theme.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${edition.path}embed/${graphic}/?theme=dark`, { waitUntil: 'commit' });
		await page.locator('main.embed').waitFor({ state: 'attached' });
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await background()).toBe('rgb(18, 19, 22)');
		release();
		await expect(page.locator('main.embed')).toHaveAttribute('data-active-step', opening.id);

		await page.goto(`${edition.path}embed/${graphic}/?theme=transparent`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'transparent');
		expect(await background()).toBe('rgba(0, 0, 0, 0)');

		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`${edition.path}embed/${graphic}/?theme=light`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(await background()).toBe('rgb(251, 250, 247)');

		await page.goto(`${edition.path}embed/${graphic}/?theme=%22%3E%3Cscript%3E`);
		await expect(page.locator('main.embed')).toHaveAttribute('data-active-step', opening.id);
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
	});
}
