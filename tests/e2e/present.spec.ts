import { presenterText } from '../../src/lib/present/text';
import { editions, expect, expectedShown, inEveryEdition, steps, test } from './fixtures';
import { deck, expectStage, LAST, openPresenter } from './present-helpers';

test.describe('presenter keys', () => {
	test('every next key moves one step forward', async ({ page }) => {
		await openPresenter(page);
		await expectStage(page, 0);
		const keys = ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'Enter'];
		for (const [i, key] of keys.entries()) {
			await page.keyboard.press(key);
			await expectStage(page, i + 1);
		}
	});

	test('every previous key moves one step back', async ({ page }) => {
		await openPresenter(page, `#step-${steps[6]!.id}`);
		await expectStage(page, 6);
		const keys = ['ArrowLeft', 'ArrowUp', 'Shift+Space', 'PageUp'];
		for (const [i, key] of keys.entries()) {
			await page.keyboard.press(key);
			await expectStage(page, 5 - i);
		}
	});

	test('Home and End go to the first and last steps, and the ends hold', async ({ page }) => {
		await openPresenter(page, `#step-${steps[4]!.id}`);
		await page.keyboard.press('End');
		await expectStage(page, LAST);
		await page.keyboard.press('ArrowRight');
		await expectStage(page, LAST);
		await expect(page.locator('.progress-done')).toHaveAttribute('style', /width: 100%/);
		await page.keyboard.press('Home');
		await expectStage(page, 0);
		await page.keyboard.press('ArrowLeft');
		await expectStage(page, 0);
	});

	test('digits then Enter jump to that step; Backspace and Escape correct the digits', async ({ page }) => {
		await openPresenter(page);
		await page.keyboard.press('1');
		await page.keyboard.press('4');
		await expect(page.locator('.typed')).toHaveAttribute('data-typed', '14');
		await page.keyboard.press('Enter');
		await expectStage(page, 13);
		await expect(page.locator('.typed')).toHaveCount(0);

		await page.keyboard.press('2');
		await page.keyboard.press('9');
		await page.keyboard.press('Backspace');
		await page.keyboard.press('Enter');
		await expectStage(page, 1);

		await page.keyboard.press('7');
		await page.keyboard.press('Escape');
		await expect(page.locator('.typed')).toHaveCount(0);
		await page.keyboard.press('Enter');
		await expectStage(page, 2);

		// A number past the end opens the last step.
		await page.keyboard.press('9');
		await page.keyboard.press('9');
		await page.keyboard.press('Enter');
		await expectStage(page, LAST);
	});

	test('F enters full screen, F or Escape leaves it', async ({ page }) => {
		await openPresenter(page);
		const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
		await page.keyboard.press('f');
		await expect.poll(fullscreen).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(fullscreen).toBe(false);
		await page.keyboard.press('F');
		await expect.poll(fullscreen).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(fullscreen).toBe(false);
		await expectStage(page, 0);
	});

	test('keys held with Ctrl, Meta or Alt are left to the browser', async ({ page }) => {
		await openPresenter(page, `#step-${steps[3]!.id}`);
		for (const key of [
			'Control+ArrowRight',
			'Meta+ArrowRight',
			'Alt+ArrowRight',
			'Control+End',
			'Alt+f',
			'Control+5'
		])
			await page.keyboard.press(key);
		await page.keyboard.press('Enter');
		// Had any of them counted, Enter would go somewhere else than the next step (or jump to step 9).
		await expectStage(page, 4);
		expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
	});

	test('keys typed into a text field stay in it', async ({ page }) => {
		await openPresenter(page, `#step-${steps[3]!.id}`);
		// A host page's field (a chat box, a search) over the stage.
		await page.evaluate(() => {
			const field = document.createElement('input');
			field.id = 'host-field';
			field.style.cssText = 'position:fixed;top:0;left:0;z-index:9';
			document.body.append(field);
		});
		await page.locator('#host-field').fill('');
		await page.locator('#host-field').pressSequentially('1 f n');
		for (const key of ['ArrowRight', 'End', 'Enter', 'PageDown']) await page.keyboard.press(key);
		await expect(page.locator('#host-field')).toHaveValue('1 f n');
		await expectStage(page, 3);
		await page.locator('#host-field').blur();
		await page.keyboard.press('ArrowRight');
		await expectStage(page, 4);
	});

	test('a focused button takes Enter itself, without moving two steps', async ({ page }) => {
		await openPresenter(page);
		await page.getByRole('button', { name: /Next/ }).focus();
		await page.keyboard.press('Enter');
		await expectStage(page, 1);
	});
});

inEveryEdition((edition) => {
	test.describe('presenter stages', () => {
		test('every step shows its graphic in its state, or its caption alone', async ({ page }) => {
			await openPresenter(page, '', edition);
			for (let i = 0; i <= LAST; i++) {
				await expectStage(page, i);
				if (i < LAST) await page.keyboard.press('ArrowRight');
			}
		});

		test('the first stage carries the dated editor’s note, and no other stage does', async ({ page }) => {
			await openPresenter(page, '', edition);
			await expectStage(page, 0);
			await expect(page.locator('.deck .editors-note')).toContainText(edition.ui.editorsNote);
			await openPresenter(page, `#step-${steps[1]!.id}`, edition);
			await expectStage(page, 1);
			await expect(page.locator('.deck .editors-note')).toHaveCount(0);
		});

		test('a text step keeps the last graphic, dimmed', async ({ page }) => {
			const textStep = steps.find((s) => !s.graphic && expectedShown(s.index))!;
			await openPresenter(page, `#step-${textStep.id}`, edition);
			await expectStage(page, textStep.index);
			await expect(page.locator('.deck figure[data-graphic]')).toHaveAttribute('data-dimmed', 'true');
		});

		test('type and graphics scale with the screen', async ({ page }) => {
			const share: number[] = [];
			for (const [width, height] of [
				[1280, 720],
				[1920, 1080],
				[3840, 2160]
			] as const) {
				await page.setViewportSize({ width, height });
				await openPresenter(page, '#step-gdp-collapse', edition);
				await expectStage(
					page,
					steps.findIndex((s) => s.id === 'gdp-collapse')
				);
				// The canvas is 1280×720, zoomed to fit: 1, 1.5 and 3 here.
				await expect(page.locator('.deck .canvas')).toHaveAttribute('data-zoom', String(width / 1280));
				const box = await page.evaluate(() => {
					const words = document.querySelector('.deck .words')!.getBoundingClientRect();
					const chart = document.querySelector('.deck .chart')!.getBoundingClientRect();
					return {
						fontShare: words.width / innerWidth,
						chartShare: chart.width / innerWidth,
						fits: words.bottom <= innerHeight && document.documentElement.scrollWidth <= innerWidth
					};
				});
				expect(box.fits, `the caption fits on a ${width}×${height} screen`).toBe(true);
				share.push(box.fontShare, box.chartShare);
			}
			// The caption and the chart take the same share of the screen at every size.
			for (let i = 2; i < share.length; i++) expect(share[i]!).toBeCloseTo(share[i % 2]!, 2);
		});
	});
});

/** Links and the hash: the same code in every edition, checked in English. */
const english = editions[0]!;
test.describe('presenter links', () => {
	test('#step-<id> opens that step', async ({ page }) => {
		await openPresenter(page, '#step-gdp-rebound', english);
		await expectStage(
			page,
			steps.findIndex((s) => s.id === 'gdp-rebound')
		);
	});

	test('an unknown or unreadable step opens the first step, quietly', async ({ page }) => {
		await openPresenter(page, '#step-no-such-step', english);
		await expectStage(page, 0);
		await expect(page).toHaveURL(new RegExp(`/present/#step-${steps[0]!.id}$`));
		await openPresenter(page, '#step-%E0%A4%A', english);
		await expectStage(page, 0);
	});

	test('the hash follows the presenter’s Next button without adding history', async ({ page }) => {
		await openPresenter(page, '', english);
		await expect(page).toHaveURL(new RegExp(`#step-${steps[0]!.id}$`));
		const before = await page.evaluate(() => history.length);
		for (let i = 1; i <= 3; i++) {
			await page.getByRole('button', { name: presenterText(english.locale).next, exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`/present/#step-${steps[i]!.id}$`));
		}
		expect(await page.evaluate(() => history.length)).toBe(before);
	});

	test('changing the hash in place moves the presenter', async ({ page }) => {
		await openPresenter(page, '', english);
		await page.evaluate(() => (location.hash = '#step-gdp-baseline'));
		await expectStage(
			page,
			steps.findIndex((s) => s.id === 'gdp-baseline')
		);
	});
});

test.describe('touch', { tag: '@phone' }, () => {
	test('a swipe left goes forward, a swipe right goes back, a vertical swipe does nothing', async ({
		page
	}) => {
		await openPresenter(page, `#step-${steps[2]!.id}`);
		const cdp = await page.context().newCDPSession(page);
		const swipe = async (from: [number, number], to: [number, number]) => {
			const point = ([x, y]: [number, number]) => [{ x, y, id: 1 }];
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
			for (let t = 1; t <= 4; t++) {
				const at: [number, number] = [
					from[0] + ((to[0] - from[0]) * t) / 4,
					from[1] + ((to[1] - from[1]) * t) / 4
				];
				await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
			}
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		await swipe([300, 400], [60, 410]);
		await expectStage(page, 3);
		await swipe([60, 400], [320, 390]);
		await expectStage(page, 2);
		await swipe([200, 200], [210, 600]);
		await expectStage(page, 2);
		await expect(deck(page)).toHaveAttribute('data-active-step', steps[2]!.id);
	});
});
