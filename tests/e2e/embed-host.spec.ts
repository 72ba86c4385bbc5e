/**
 * Embeds in real cross-site iframes: host pages on localhost frame the app on 127.0.0.1.
 */
import type { Page } from '@playwright/test';
import { expect, steps, test, expectedShown } from './fixtures';
import { EMBEDDABLE, embedOpening, expectSizedToContent, hostScrollToStep, hostUrl } from './fixtures/embeds';

const STORY = '/embed/story/';

test('the loader sizes several embeds on one page to their content, and again when the host narrows to a phone', async ({
	page
}) => {
	const sources = [...EMBEDDABLE.map((g) => `/embed/${g}/`), STORY];
	await page.goto(hostUrl('loader', sources));
	const selectors = sources.map((_, i) => `#embed-${i}`);
	const before: number[] = [];
	for (const selector of selectors) before.push(await expectSizedToContent(page, selector));
	// The story, scrolled by its host, is far taller than a graphic.
	expect(before[before.length - 1]).toBeGreaterThan(before[0]! * 3);

	await page.setViewportSize({ width: 320, height: 800 });
	const after: number[] = [];
	for (const selector of selectors) after.push(await expectSizedToContent(page, selector));
	// A graphic's chart has a floor height, so one may keep its height; the narrowing must still resize some.
	expect(after.filter((height, i) => height !== before[i]).length).toBeGreaterThan(EMBEDDABLE.length / 2);
});

test('a pym.js parent sizes the iframe', async ({ page }) => {
	const graphic = EMBEDDABLE[0]!;
	await page.goto(hostUrl('pym', [`/embed/${graphic}/`]));
	const frame = page.frameLocator('#pym-embed iframe');
	await expect(frame.locator('main.embed')).toHaveAttribute('data-active-step', embedOpening(graphic).id);
	await expect(page.locator('#pym-embed iframe')).toHaveAttribute('height', /^\d+px$/);
	const before = await expectSizedToContent(page, '#pym-embed iframe');
	await page.setViewportSize({ width: 320, height: 800 });
	await expect.poll(() => expectSizedToContent(page, '#pym-embed iframe')).not.toBe(before);
});

// The host's trigger line sits lower on a phone: the tour runs at both sizes.
test(
	'the embedded story follows the host page’s scrolling, step by step',
	{ tag: '@both' },
	async ({ page }) => {
		// A walk through every step, each waited for: more than the default budget.
		test.slow();
		await page.goto(hostUrl('loader', [STORY]));
		const frame = page.frameLocator('#embed-0');
		const root = frame.locator('.embed-story');
		await expect(root).toHaveAttribute('data-layout', 'host');
		for (const step of steps) {
			await hostScrollToStep(page, '#embed-0', step.id);
			await expect(root).toHaveAttribute('data-active-step', step.id);
			await expect(frame.locator(`[data-step-id="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
			const shown = expectedShown(step.index);
			if (shown) {
				const figure = frame.locator(`[data-graphic="${shown.graphic}"]`);
				await expect(figure).toHaveAttribute('data-state', shown.state);
				// Held at the top of the host's viewport, as `sticky` holds it on the story page.
				await expect.poll(async () => Math.abs((await figure.boundingBox())!.y)).toBeLessThanOrEqual(2);
			}
		}
		// And back up.
		await hostScrollToStep(page, '#embed-0', steps[0]!.id);
		await expect(root).toHaveAttribute('data-active-step', steps[0]!.id);
	}
);

test('a pym.js parent that tracks scrolling drives the embedded story too', async ({ page }) => {
	await page.goto(hostUrl('pym', [STORY], { trackscroll: '1' }));
	const frame = page.frameLocator('#pym-embed iframe');
	const root = frame.locator('.embed-story');
	await expect(root).toHaveAttribute('data-layout', 'host');
	const graphicStep = steps.find((s) => s.graphic)!;
	for (const step of [graphicStep, steps[steps.length - 1]!]) {
		await hostScrollToStep(page, '#pym-embed iframe', step.id);
		await expect(root).toHaveAttribute('data-active-step', step.id);
	}
});

for (const [where, open] of [
	['in an iframe on a page with no loader', (page: Page) => page.goto(hostUrl('plain', [STORY]))],
	['opened on its own', (page: Page) => page.goto(STORY)]
] as const) {
	test(`with no host viewport the story reads linearly, ${where}`, async ({ page }) => {
		await open(page);
		const frame = where.startsWith('opened') ? page.locator(':root') : page.frameLocator('#embed-0');
		const root = frame.locator('.embed-story');
		await expect(root).toHaveAttribute('data-layout', 'linear');
		const figures = frame.locator('.graphic');
		expect(await figures.count()).toBeGreaterThan(0);
		for (const figure of await figures.all()) {
			await expect(figure).toHaveCSS('position', 'static');
			await expect(figure).toHaveCSS('translate', 'none');
			// Inline: the graphic comes before its scene's first card, not beside or behind it.
			const scene = figure.locator('xpath=ancestor::div[contains(@class, "scene")]');
			const figureBox = (await figure.boundingBox())!;
			const cardBox = (await scene.locator('.step').first().boundingBox())!;
			expect(figureBox.y + figureBox.height).toBeLessThanOrEqual(cardBox.y);
		}
	});
}
