/**
 * Accessibility beyond axe: structure, focus, tap targets, zoomed text, and a polite
 * announcement of each new chart state. axe itself, and the contrast of chart text in both
 * themes, run at every graphic state and text step of the tours (tour.spec.ts).
 */
import { triggerOffset } from '../../src/lib/scrolly/trigger';
import { editions, expect, inEveryEdition, hydrated, scrollToStep, test } from './fixtures';

inEveryEdition((edition) => {
	test('one h1, headings that never skip a level, and the landmarks', async ({ page }) => {
		await page.goto(edition.path);
		await hydrated(page);
		await expect(page.locator('h1')).toHaveCount(1);
		const levels = await page
			.locator('h1, h2, h3, h4, h5, h6')
			.evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
		expect(levels[0]).toBe(1);
		for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('group', { name: edition.ui.displaySettings })).toBeVisible();
	});

	test('text at 200% never needs sideways scrolling', async ({ page }) => {
		// A walk through every step, each waited for: more than the default budget.
		test.slow();
		await page.goto(edition.path);
		await hydrated(page);
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		for (const step of edition.steps) {
			await scrollToStep(page, step.id);
			await expect(page.locator('.story')).toHaveAttribute('data-active-step', step.id);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `sideways overflow at ${step.id}`).toBeLessThanOrEqual(0);
		}
	});
});

/** Behaviour that does not depend on the language: checked in the English edition. */
const english = editions[0]!;

test('the skip link is the first stop, visible on focus, and lands on the story', async ({ page }) => {
	await page.goto(english.path);
	await hydrated(page);
	await page.keyboard.press('Tab');
	const skip = page.locator('.skip-link');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await expect(skip).toHaveCSS('outline-style', 'solid');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#story$/);
});

test('every control shows where focus is', async ({ page }) => {
	await page.goto(english.path);
	await hydrated(page);
	for (const control of [
		page.getByRole('button', { name: english.ui.darkTheme }),
		page.getByRole('button', { name: english.ui.motionOff }),
		page.getByRole('navigation', { name: english.ui.otherLanguages }).getByRole('link').first(),
		page.locator('.data-table summary').first()
	]) {
		await control.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(control).toBeFocused();
		await expect(control).toHaveCSS('outline-style', 'solid');
		expect(
			parseFloat(await control.evaluate((e) => getComputedStyle(e).outlineWidth))
		).toBeGreaterThanOrEqual(2);
	}
});

test(
	'buttons, disclosures and the language links are at least 44 px tall and wide, on a phone',
	{ tag: '@phone' },
	async ({ page }) => {
		await page.goto(english.path);
		await hydrated(page);
		const small = await page.locator('button, summary, .editions a').evaluateAll((els) =>
			els
				.map((e) => ({ text: e.textContent?.trim(), box: e.getBoundingClientRect() }))
				.filter(({ box }) => box.width < 44 || box.height < 44)
				.map(({ text, box }) => `${text}: ${box.width}×${box.height}`)
		);
		expect(small).toEqual([]);
	}
);

test('a new chart state is announced politely once the reader settles, and nothing else is', async ({
	page
}) => {
	await page.goto(english.path);
	await hydrated(page);
	const announcer = page.locator('[data-announcer]');
	const describe = page.locator('[data-graphic="gdp"] .sr-only');
	const figure = page.locator('[data-graphic="gdp"]');
	await expect(announcer).toHaveAttribute('aria-live', 'polite');
	await expect(announcer).toHaveText('');

	await scrollToStep(page, 'gdp-baseline');
	await scrollToStep(page, 'gdp-collapse');
	await expect(figure).toHaveAttribute('data-state', 'collapse');
	// The chart's own text alternative for the state now drawn.
	await expect(announcer).toHaveText((await describe.textContent())!);

	await scrollToStep(page, 'gdp-rebound');
	await expect(figure).toHaveAttribute('data-state', 'rebound');
	const rebound = (await describe.textContent())!;
	await expect(announcer).toHaveText(rebound);

	// Record every change from here on.
	await page.evaluate(() => {
		const node = document.querySelector('[data-announcer]')!;
		const heard: string[] = [];
		(window as unknown as { heard: string[] }).heard = heard;
		new MutationObserver(() => heard.push(node.textContent ?? '')).observe(node, {
			childList: true,
			characterData: true,
			subtree: true
		});
	});
	// The next step keeps the same state: nothing new to say, so nothing is said.
	await scrollToStep(page, 'gdp-generals');
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', 'gdp-generals');
	// A quick pass through two states announces only where the reader lands.
	await page.evaluate(async (offset) => {
		const root = document.querySelector<HTMLElement>('.story')!;
		const place = (id: string) => {
			const card = document.querySelector<HTMLElement>(`[data-step-id="${id}"]`)!;
			const rect = card.getBoundingClientRect();
			const line = window.innerHeight * offset;
			window.scrollTo({ top: window.scrollY + rect.top + rect.height / 2 - line, behavior: 'instant' });
		};
		place('gdp-collapse');
		while (root.dataset.activeStep !== 'gdp-collapse') await new Promise(requestAnimationFrame);
		place('gdp-baseline');
	}, triggerOffset(page.viewportSize()!.width));
	await expect(figure).toHaveAttribute('data-state', 'baseline');
	const baseline = (await describe.textContent())!;
	await expect(announcer).toHaveText(baseline);
	expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([baseline]);
});
