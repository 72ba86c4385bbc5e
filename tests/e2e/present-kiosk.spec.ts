import { expect, steps, test } from './fixtures';
import { deck, expectStage, LAST, openPresenter } from './present-helpers';
import { IDLE_CURSOR_MS, MIN_AUTO_SECONDS, QUIET_MS } from '../../src/lib/present/kiosk';

// The page's clock is Playwright's, paused: time moves only when the test moves it.
test.beforeEach(async ({ page }) => {
	const start = new Date('2026-01-05T09:00:00Z');
	await page.clock.install({ time: start });
	await page.clock.pauseAt(new Date(start.getTime() + 1000));
});

test('?auto advances on its own and loops back to the start', async ({ page }) => {
	await openPresenter(page, '?auto=5');
	await expect(deck(page)).toHaveAttribute('data-auto', 'on');
	await expectStage(page, 0);
	await page.clock.runFor(5_000);
	await expectStage(page, 1);
	await page.clock.runFor(5_000);
	await expectStage(page, 2);

	await openPresenter(page, `?auto=5#step-${steps[LAST]!.id}`);
	await expectStage(page, LAST);
	await page.clock.runFor(5_000);
	await expectStage(page, 0);
});

test('the loop pauses while someone presses keys and resumes after a quiet spell', async ({ page }) => {
	await openPresenter(page, '?auto=5');
	await page.clock.runFor(5_000);
	await expectStage(page, 1);
	await page.keyboard.press('ArrowRight');
	await expectStage(page, 2);
	await expect(deck(page)).toHaveAttribute('data-auto', 'paused');
	await page.clock.runFor(QUIET_MS - 1_000);
	await expectStage(page, 2);
	// Another key press starts the quiet spell again.
	await page.keyboard.press('ArrowLeft');
	await expectStage(page, 1);
	await page.clock.runFor(QUIET_MS - 1_000);
	await expectStage(page, 1);
	await page.clock.runFor(1_000);
	await expectStage(page, 2);
	await expect(deck(page)).toHaveAttribute('data-auto', 'on');
	await page.clock.runFor(5_000);
	await expectStage(page, 3);
});

test('odd ?auto values are clamped or ignored, never a crash', async ({ page }) => {
	for (const odd of ['abc', '-5', '0', '', '%00', '1e999999']) {
		await openPresenter(page, `?auto=${odd}`);
		await expect(deck(page)).toHaveAttribute('data-auto', odd === '1e999999' ? 'on' : 'off');
		await page.clock.runFor(60_000);
		await expectStage(page, 0);
	}
	// Too short an interval is stretched to the shortest one that reads.
	await openPresenter(page, '?auto=0.01');
	await page.clock.runFor(MIN_AUTO_SECONDS * 1000 - 100);
	await expectStage(page, 0);
	await page.clock.runFor(100);
	await expectStage(page, 1);
});

test('the pointer hides when idle and comes back when it moves', async ({ page }) => {
	await openPresenter(page, '?auto=20');
	await page.mouse.move(400, 300);
	await expect(deck(page)).toHaveAttribute('data-idle', 'false');
	await page.clock.runFor(IDLE_CURSOR_MS);
	await expect(deck(page)).toHaveAttribute('data-idle', 'true');
	expect(await deck(page).evaluate((d) => getComputedStyle(d).cursor)).toBe('none');
	await page.mouse.move(420, 320);
	await expect(deck(page)).toHaveAttribute('data-idle', 'false');
	expect(await deck(page).evaluate((d) => getComputedStyle(d).cursor)).not.toBe('none');
});
