/**
 * The presenter's stage read from the back of a room, at 1080p and 720p, at every stage of each
 * edition: every word of a chart at 2.2% of the screen's height or more, the step's words at 3.3%,
 * the graphic on 60% of the screen, its labels apart, the words clear of the controls; and the
 * audience code on the first and last stages.
 */
import jsQR from 'jsqr';
import { expectChartLabelsApart, expectLabelsReadable, settled } from './checks';
import { expect, inEveryEdition, test } from './fixtures';
import { APP_ORIGIN } from './fixtures/ports';
import { decodePng } from './png';
import { openPresenter } from './present-helpers';

/** Every piece of a chart's text on screen, as the audience sees it: its size in screen pixels. */
function chartTextSizes(): { text: string; px: number }[] {
	const figure = document.querySelector('.deck .stage-graphic');
	if (!figure) return [];
	const found: { text: string; px: number }[] = [];
	for (const el of figure.querySelectorAll('*')) {
		const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
		if (!own || el.closest('.sr-only, .sizer')) continue;
		if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
		const size = parseFloat(getComputedStyle(el).fontSize);
		// SVG text is sized in the drawing's units, HTML in CSS pixels under the stage's zoom.
		const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
		const px = ctm ? size * Math.hypot(ctm.a, ctm.b) : size * el.currentCSSZoom;
		found.push({ text: el.textContent!.trim().slice(0, 30), px });
	}
	return found;
}

for (const [width, height] of [
	[1920, 1080],
	[1280, 720]
] as const) {
	inEveryEdition((edition) => {
		test(`every stage reads from the back of the room at ${width}×${height}`, async ({ page }) => {
			// Every stage of the story, each measured and its labels checked pair by pair.
			test.slow();
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.setViewportSize({ width, height });
			await openPresenter(page, '', edition);
			for (const [i, step] of edition.steps.entries()) {
				if (i > 0) await page.keyboard.press('ArrowRight');
				await expect(page.locator('.deck')).toHaveAttribute('data-active-step', step.id);
				const where = `${step.id} at ${width}×${height}`;
				const figure = page.locator('.deck figure[data-graphic]');
				if ((await figure.count()) > 0) {
					await settled(figure);
					for (const { text, px } of await page.evaluate(chartTextSizes))
						expect(px, `"${text}" on ${where}`).toBeGreaterThanOrEqual(0.022 * height);
					const box = (await figure.boundingBox())!;
					expect(
						(box.width * box.height) / (width * height),
						`the graphic's share of ${where}`
					).toBeGreaterThanOrEqual(0.6);
					if ((await figure.getAttribute('data-graphic')) === 'map') await expectLabelsReadable(page);
					else await expectChartLabelsApart(figure, where);
				}
				const words = page.locator('.deck .words');
				const size = await words.evaluate(
					(el) => parseFloat(getComputedStyle(el).fontSize) * el.currentCSSZoom
				);
				expect(size, `the words of ${where}`).toBeGreaterThanOrEqual(0.033 * height);
				// The words end above the controls (and the audience code) laid over the stage's foot.
				const caption = (await page.locator('.deck .caption').boundingBox())!;
				const bar = (await page.locator('.deck .layout > .bar').boundingBox())!;
				const last = await page.locator('.deck .caption > :last-child').boundingBox();
				expect(last!.y + last!.height, `the words of ${where} clear the controls`).toBeLessThanOrEqual(
					bar.y + 0.5
				);
				expect(caption.y, `the words of ${where} start on screen`).toBeGreaterThanOrEqual(0);
			}
		});
	});
}

inEveryEdition((edition) => {
	test('the first and last stages carry a code that opens the story, its address beside it', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		const address = new URL(edition.path, APP_ORIGIN).href;
		for (const step of [edition.steps[0]!, edition.steps.at(-1)!]) {
			await openPresenter(page, `#step-${step.id}`, edition);
			await expect(page.locator('.deck .audience-url')).toHaveText(address);
			const { width, height, rgba } = decodePng(
				await page.locator('.deck [data-audience-code]').screenshot()
			);
			expect(jsQR(new Uint8ClampedArray(rgba), width, height)?.data, step.id).toBe(address);
		}
		await openPresenter(page, `#step-${edition.steps[1]!.id}`, edition);
		await expect(page.locator('.deck [data-audience-code]')).toHaveCount(0);
	});
});
