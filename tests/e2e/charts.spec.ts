/**
 * The tenure, election and "what comes next" graphics: each step puts its graphic in its state,
 * and the marks really move between states. Their labels are held apart in the tours
 * (tour.spec.ts), at 390, 1280, 320 and 1920 px.
 */
import type { Locator, Page } from '@playwright/test';
import { officialCount, tallyCount, tallyMargin } from '../../src/lib/data/election';
import { settled } from './checks';
import { expect, framesOfChange, scrollToStep, steps, test } from './fixtures';

const GRAPHICS = ['tenure', 'election', 'next', 'aftermath'] as const;
const stepsOf = (graphic: string) => steps.filter((s) => s.graphic === graphic);

/** How visible an element is: its own opacity times its ancestors'. */
function opacityOf(locator: Locator): Promise<number> {
	return locator.evaluate((el) => {
		let opacity = 1;
		for (let node: Element | null = el; node; node = node.parentElement)
			opacity *= Number(getComputedStyle(node).opacity);
		return opacity;
	});
}

async function attr(locator: Locator, name: string): Promise<number> {
	return Number(await locator.getAttribute(name));
}

/** The election chart's solid bars, Maduro's then González's: their length and their row. */
async function electionBars(page: Page) {
	const bars = page.locator('[data-graphic="election"] rect.bar.line');
	await expect(bars).toHaveCount(2);
	const read = async (i: number) => ({
		width: await attr(bars.nth(i), 'width'),
		y: await attr(bars.nth(i), 'y')
	});
	return { maduro: await read(0), gonzalez: await read(1) };
}

test.describe('stepping through the graphics', () => {
	// States jump under reduced motion, so each one can be measured (and photographed) when it lands.
	test.use({ reducedMotion: 'reduce' });

	test('the election bars change length, swap places and show the margin, then the checks', async ({
		page
	}) => {
		await page.goto('/');
		const figure = page.locator('[data-graphic="election"]');

		await scrollToStep(page, 'election-official');
		await expect(figure).toHaveAttribute('data-state', 'official');
		await settled(figure);
		const official = await electionBars(page);
		expect(official.maduro.width).toBeCloseTo(officialCount.shares.maduro, 1);
		expect(official.gonzalez.width).toBeCloseTo(officialCount.shares.gonzalez, 1);
		expect(official.maduro.y).toBeLessThan(official.gonzalez.y);
		expect(await opacityOf(figure.locator('line.span'))).toBe(0);

		await scrollToStep(page, 'election-tally');
		await expect(figure).toHaveAttribute('data-state', 'tally');
		await settled(figure);
		const tally = await electionBars(page);
		expect(tally.maduro.width).toBeCloseTo(tallyCount.shares.maduro, 1);
		expect(tally.gonzalez.width).toBeCloseTo(tallyCount.shares.gonzalez, 1);
		expect(tally.gonzalez.y, 'González moves to the top row').toBeLessThan(tally.maduro.y);
		const span = figure.locator('line.span');
		expect(await opacityOf(span)).toBe(1);
		expect((await attr(span, 'x2')) - (await attr(span, 'x1'))).toBeCloseTo(tallyMargin, 1);
		await expect(figure.locator('[data-label]', { hasText: /^37 points$/ })).toHaveCount(1);
		expect(await opacityOf(figure.locator('ul.notes'))).toBe(0);

		await scrollToStep(page, 'election-checks');
		await expect(figure).toHaveAttribute('data-state', 'checks');
		await settled(figure);
		const notes = figure.locator('ul.notes');
		expect(await opacityOf(notes)).toBe(1);
		await expect(notes.locator('li')).toHaveText([
			/^Carter Center/,
			/^AP/,
			/^Washington Post/,
			/^U\.N\. panel/
		]);
		const checks = await electionBars(page);
		expect(checks.gonzalez.width).toBeCloseTo(tally.gonzalez.width, 3);
	});

	test('the tenure bar grows to the story’s date, lighting each crisis, then the presidencies come in', async ({
		page
	}) => {
		await page.goto('/');
		const figure = page.locator('[data-graphic="tenure"]');
		const rule = figure.locator('rect.bar.line');
		const crisisLabels = figure.locator('[data-label]', { hasText: /^20\d\d: / });
		const bands = figure.locator('rect.bar.muted');
		await expect(crisisLabels).toHaveCount(6);
		await expect(bands).toHaveCount(4);

		await scrollToStep(page, 'tenure-takeover');
		await expect(figure).toHaveAttribute('data-state', 'takeover');
		await settled(figure);
		expect(await attr(rule, 'width')).toBeLessThan(2);
		for (let i = 0; i < 6; i++) expect(await opacityOf(crisisLabels.nth(i))).toBe(0);
		expect(await opacityOf(bands.first())).toBe(0);

		await scrollToStep(page, 'tenure-crises');
		await expect(figure).toHaveAttribute('data-state', 'crises');
		await settled(figure);
		expect(await attr(rule, 'width')).toBeCloseTo(100, 3);
		for (let i = 0; i < 6; i++) expect(await opacityOf(crisisLabels.nth(i))).toBe(1);
		await expect(figure.locator('[data-label]', { hasText: /^12 years and 8 months$/ })).toHaveCount(1);
		expect(await opacityOf(bands.first())).toBe(0);

		await scrollToStep(page, 'tenure-presidents');
		await expect(figure).toHaveAttribute('data-state', 'presidents');
		await settled(figure);
		for (let i = 0; i < 4; i++) expect(await opacityOf(bands.nth(i))).toBe(1);
		await expect(figure.locator('[data-label]', { hasText: /^(Obama|Trump|Biden)$/ })).toHaveText([
			'Obama',
			'Trump',
			'Biden',
			'Trump'
		]);
		// The past crises step back, but their words stay legible: muted, never faded.
		expect(await opacityOf(crisisLabels.first())).toBe(1);
		await expect(crisisLabels.first()).toHaveClass(/receded/);
	});

	test('the paths ahead: the talks’ two ways out, then the pressure drawn to the story’s date, then the mandate', async ({
		page
	}) => {
		await page.goto('/');
		const figure = page.locator('[data-graphic="next"]');
		const discussed = figure.locator('path.line.dashed');
		const pressure = figure.locator('path.line:not(.dashed)');
		const mandate = figure.locator('rect.bar.accent');
		const pressureEnd = async () => Number((await pressure.getAttribute('d'))!.split(/[L,]/).at(-2));

		await scrollToStep(page, 'next-talks');
		await expect(figure).toHaveAttribute('data-state', 'talks');
		await settled(figure);
		await expect(discussed).toHaveCount(2);
		expect(await opacityOf(discussed.first())).toBe(1);
		expect(await opacityOf(pressure)).toBe(0);
		expect(await opacityOf(mandate)).toBe(0);
		const talksEnd = await pressureEnd();

		await scrollToStep(page, 'next-pressure');
		await expect(figure).toHaveAttribute('data-state', 'pressure');
		await settled(figure);
		expect(await opacityOf(pressure)).toBe(1);
		expect(await pressureEnd(), 'the pressure path runs on from the talks').toBeGreaterThan(talksEnd + 5);
		expect(await opacityOf(discussed.first())).toBeLessThan(1);

		await scrollToStep(page, 'next-legitimacy');
		await expect(figure).toHaveAttribute('data-state', 'legitimacy');
		await settled(figure);
		expect(await opacityOf(mandate)).toBe(1);
		// The paths discussed are named at their lines and dated at their ends.
		const drawn = (await discussed.first().boundingBox())!;
		const name = (await figure
			.locator('[data-label]', { hasText: 'Handover to a lieutenant' })
			.boundingBox())!;
		const end = (await figure.locator('[data-label]', { hasText: 'before January 2029' }).boundingBox())!;
		expect(Math.abs(name.x - drawn.x)).toBeLessThan(12);
		expect(Math.abs(name.y + name.height - drawn.y)).toBeLessThan(12);
		expect(Math.abs(end.x + end.width - (drawn.x + drawn.width))).toBeLessThan(12);
	});
});

test('the election bars tween to their new lengths', async ({ page }) => {
	// Played frame by frame, a round trip each: more than the default budget.
	test.slow();
	await page.clock.install();
	await page.goto('/');
	await scrollToStep(page, 'election-official');
	const figure = page.locator('[data-graphic="election"]');
	await expect(figure).toHaveAttribute('data-state', 'official');
	const frames = (
		await framesOfChange(
			page,
			() => scrollToStep(page, 'election-tally'),
			() =>
				figure.evaluate((el) =>
					el.getAttribute('data-state') === 'tally'
						? el.querySelectorAll('rect.bar.line')[1]!.getAttribute('width')
						: null
				)
		)
	).map(Number);
	expect(frames.length, 'González’s bar passes through lengths between the two counts').toBeGreaterThan(3);
	expect(frames.at(-1)).toBeCloseTo(tallyCount.shares.gonzalez, 2);
	expect(
		frames.some((w) => w > officialCount.shares.gonzalez + 1 && w < tallyCount.shares.gonzalez - 1)
	).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each graphic is drawn in its final state', async ({ page }) => {
		await page.goto('/');
		for (const graphic of GRAPHICS) {
			const figure = page.locator(`[data-graphic="${graphic}"]`);
			await expect(figure).toHaveAttribute('data-state', stepsOf(graphic).at(-1)!.state!);
			// The linear layout: the graphic stands above its section's first step.
			const first = (await page.locator(`[data-step-id="${stepsOf(graphic)[0]!.id}"]`).boundingBox())!;
			const box = (await figure.boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(first.y);
		}
		const bars = page.locator('[data-graphic="election"] rect.bar.line');
		expect(await attr(bars.nth(1), 'width')).toBeCloseTo(tallyCount.shares.gonzalez, 1);
		await expect(page.locator('[data-graphic="election"] ul.notes li')).toHaveCount(4);
		expect(await attr(page.locator('[data-graphic="tenure"] rect.bar.line'), 'width')).toBeCloseTo(100, 3);
		await expect(page.locator('[data-graphic="next"] rect.bar.accent')).toBeVisible();
	});
});
