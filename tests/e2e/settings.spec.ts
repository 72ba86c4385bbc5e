/**
 * The reader's switches: dark theme and motion off. Both follow the system until touched,
 * are remembered, apply before the first paint, and shift nothing.
 */
import type { Page } from '@playwright/test';
import { expect, gdpLinesBetweenStates, hydrated, test } from './fixtures';

const LIGHT_BG = 'rgb(251, 250, 247)';
const DARK_BG = 'rgb(18, 19, 22)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Stores values the way an earlier visit would have, before any of the page's scripts run. */
async function storeBeforeLoad(page: Page, values: Record<string, string>): Promise<void> {
	await page.addInitScript((v) => {
		for (const [key, value] of Object.entries(v)) localStorage.setItem(key, value);
	}, values);
}

test('the theme follows the system until the reader switches it, and the switch is remembered', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await hydrated(page);
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	expect(await background(page)).toBe(DARK_BG);
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await background(page)).toBe(LIGHT_BG);
	// Chart colours come from the same tokens.
	const line = page.locator('[data-graphic="gdp"] path.line').first();
	await expect(line).toHaveCSS('stroke', 'rgb(29, 78, 137)');

	await page.reload();
	await hydrated(page);
	expect(await background(page)).toBe(LIGHT_BG);
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background(page)).toBe(DARK_BG);
	await expect(line).toHaveCSS('stroke', 'rgb(138, 184, 255)');
});

test('a tap on either switch before the page’s scripts have run is not lost', async ({ page }) => {
	// The app's modules are held until both switches have been tapped: the page is as it was painted.
	let release = (): void => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const theme = page.getByRole('button', { name: 'Dark theme' });
	const motion = page.getByRole('button', { name: 'Motion off' });
	await theme.click();
	await motion.click();
	await expect(page.locator('.island[data-hydrated]')).toHaveCount(0);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'off');
	await expect(theme).toHaveAttribute('aria-pressed', 'true');
	expect(await background(page)).toBe(DARK_BG);

	// The page wakes up in the state the reader chose, and the switches go on working.
	release();
	await hydrated(page);
	await expect(theme).toHaveAttribute('aria-pressed', 'true');
	await expect(motion).toHaveAttribute('aria-pressed', 'true');
	await theme.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await expect(theme).toHaveAttribute('aria-pressed', 'false');
	expect(await background(page)).toBe(LIGHT_BG);
});

test('a stored theme applies before any of the page’s modules run: no flash of the other theme', async ({
	page
}) => {
	await storeBeforeLoad(page, { 'maduro:theme': 'dark', 'maduro:motion': 'off' });
	// Hold back every module until the checks are done: only the HTML and its inline script can set the theme.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'commit' });
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'off');
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', '');
	expect(await background(page)).toBe(DARK_BG);
	release();
	await hydrated(page);
});

test('a corrupt stored value is ignored', async ({ page }) => {
	await storeBeforeLoad(page, { 'maduro:theme': '"dark"}', 'maduro:motion': '1' });
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	await hydrated(page);
	await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
	await expect(page.locator('html')).not.toHaveAttribute('data-motion', /.*/);
	expect(await background(page)).toBe(LIGHT_BG);
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByRole('button', { name: 'Motion off' })).toHaveAttribute('aria-pressed', 'false');
});

test('the switches shift nothing when the page wakes up with stored choices', async ({ page }) => {
	await storeBeforeLoad(page, { 'maduro:theme': 'dark', 'maduro:motion': 'off' });
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: number };
		w.shifts = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/');
	await hydrated(page);
	await expect(page.getByRole('button', { name: 'Motion off' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	// Layout-shift entries are reported on the next frame; wait for two.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});

test('motion off stops every tween, for anyone, and is remembered', async ({ page }) => {
	// Three changes played frame by frame, a round trip each: more than the default budget.
	test.slow();
	await page.clock.install();
	await page.goto('/');
	await hydrated(page);
	const toggle = page.getByRole('button', { name: 'Motion off' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	expect((await gdpLinesBetweenStates(page)).length).toBeGreaterThan(3);

	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'off');
	expect(await gdpLinesBetweenStates(page)).toHaveLength(1);

	await page.reload();
	await hydrated(page);
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await gdpLinesBetweenStates(page)).toHaveLength(1);
	// CSS motion is off too: no transition or animation may run, and nothing scrolls smoothly.
	const css = await page.evaluate(() => {
		const probe = document.createElement('div');
		probe.style.transition = 'opacity 1s';
		probe.style.animationDuration = '2s';
		document.body.append(probe);
		const s = getComputedStyle(probe);
		const out = [
			s.transitionDuration,
			s.animationDuration,
			getComputedStyle(document.documentElement).scrollBehavior
		];
		probe.remove();
		return out;
	});
	expect(css).toEqual(['0s', '0s', 'auto']);

	await toggle.click();
	await expect(page.locator('html')).not.toHaveAttribute('data-motion', /.*/);
	expect(await page.evaluate(() => localStorage.getItem('maduro:motion'))).toBeNull();
});

test.describe('under the system’s reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('CSS motion is off as well', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const duration = await page.evaluate(() => {
			const probe = document.createElement('div');
			probe.style.transition = 'opacity 1s';
			document.body.append(probe);
			return getComputedStyle(probe).transitionDuration;
		});
		expect(duration).toBe('0s');
	});
});
