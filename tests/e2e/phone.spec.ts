/**
 * The phone in a reader's hand: the address bar changes the viewport height mid-scroll, thumbs
 * fling, links jump. In each case the active step is the card on the trigger line, and the
 * graphic shows that step's state.
 */
import type { Page } from '@playwright/test';
import { triggerOffset } from '../../src/lib/scrolly/trigger';
import { expect, expectedShown, hydrated, steps, test } from './fixtures';

// Every test here is tagged @phone: it runs in the phone project only (playwright.config.ts).
const PHONE = { tag: '@phone' };

/** The step a reader would call active: the last card whose top has passed the trigger line. */
function cardAtLine(page: Page): Promise<string> {
	return page.evaluate((offset) => {
		const line = window.innerHeight * offset;
		const cards = [...document.querySelectorAll<HTMLElement>('[data-step-id]')];
		const passed = cards.filter((c) => c.getBoundingClientRect().top <= line);
		return (passed[passed.length - 1] ?? cards[0]!).dataset.stepId!;
	}, triggerOffset(page.viewportSize()!.width));
}

async function expectActive(page: Page, id: string): Promise<void> {
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', id);
	await expect(page.locator(`[data-step-id="${id}"]`)).toHaveAttribute('aria-current', 'step');
	const shown = expectedShown(steps.findIndex((s) => s.id === id));
	if (shown)
		await expect(page.locator(`[data-graphic="${shown.graphic}"]`)).toHaveAttribute(
			'data-state',
			shown.state
		);
}

/** Puts a card's top a given distance above the trigger line, as a reader's scroll would. */
async function placeCardTop(page: Page, id: string, aboveLine: number): Promise<void> {
	await page.evaluate(
		([stepId, above, offset]) => {
			const card = document.querySelector<HTMLElement>(`[data-step-id="${stepId}"]`)!;
			const line = window.innerHeight * offset;
			window.scrollTo({
				top: window.scrollY + card.getBoundingClientRect().top - (line - above),
				behavior: 'instant'
			});
		},
		[id, aboveLine, triggerOffset(page.viewportSize()!.width)] as const
	);
}

for (const [from, to, label] of [
	[844, 960, 'the address bar hides'],
	[960, 844, 'the address bar comes back']
] as const) {
	test(`when ${label} mid-scroll, the trigger line moves with the screen`, PHONE, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: from });
		await page.goto('/');
		await hydrated(page);
		await placeCardTop(page, 'gdp-baseline', 40);
		await expectActive(page, 'gdp-baseline');

		await page.setViewportSize({ width: 390, height: to });
		await expect.poll(() => page.evaluate(() => window.innerHeight)).toBe(to);
		// Each next card is placed just past the new line, where the old line would not yet (or no
		// longer) see it: only a driver that follows the new height gets every one right.
		for (const id of ['gdp-collapse', 'gdp-rebound', 'gdp-generals']) {
			await placeCardTop(page, id, 20);
			expect(await cardAtLine(page)).toBe(id);
			await expectActive(page, id);
		}
		await placeCardTop(page, 'gdp-collapse', 20);
		await expectActive(page, 'gdp-collapse');
	});
}

test('after a fast fling the active step is the card on the line', PHONE, async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	await page.mouse.move(195, 500);
	for (const [delta, times] of [
		[2400, 6],
		[-1800, 3],
		[1500, 3]
	] as const) {
		for (let i = 0; i < times; i++) await page.mouse.wheel(0, delta);
		// The fling is over once the scroll position holds still for a frame.
		await page.evaluate(async () => {
			let last = -1;
			while (last !== window.scrollY) {
				last = window.scrollY;
				await new Promise(requestAnimationFrame);
				await new Promise(requestAnimationFrame);
			}
		});
		const id = await cardAtLine(page);
		// Each fling stops inside the story, away from its first and last steps.
		expect(id).not.toBe(steps[0]!.id);
		expect(id).not.toBe(steps[steps.length - 1]!.id);
		await expectActive(page, id);
	}
});

test('jumps by anchor land on the right step', PHONE, async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	// A section's heading: the step under the line when the browser has jumped there.
	await page.evaluate(() => (location.hash = '#economy'));
	await expect
		.poll(() => page.evaluate(() => document.getElementById('economy')!.getBoundingClientRect().top))
		.toBeLessThan(5);
	await expectActive(page, await cardAtLine(page));
	// A step link jumps to the step and its state, with no tween on the way.
	await page.evaluate(() => (location.hash = '#step-gdp-rebound'));
	await expectActive(page, 'gdp-rebound');
	expect(await cardAtLine(page)).toBe('gdp-rebound');
	// A link back up the story.
	await page.evaluate(() => (location.hash = '#step-armada-buildup'));
	await expectActive(page, 'armada-buildup');
	// A figure's source link and back again.
	const sourceStep = 'election-tally';
	const sourceLink = page.locator(`[data-step-id="${sourceStep}"] a[href*="#source-"]`).first();
	await page.evaluate((id) => (location.hash = `#step-${id}`), sourceStep);
	await expectActive(page, sourceStep);
	await sourceLink.click();
	await expect(page).toHaveURL(/#source-/);
	await page.goBack();
	await expectActive(page, sourceStep);
});
