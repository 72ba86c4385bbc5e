import type { Locator, Page } from '@playwright/test';
import { assets } from '../../src/lib/data/deployment';
import { assetState, MAP_STATES, type MapState } from '../../src/lib/graphics/map/view';
import { boxes, expectLabelsReadable } from './checks';
import {
	editions,
	expect,
	framesOfChange,
	hydrated,
	scrollToStep,
	steps,
	test,
	type EditionUnderTest
} from './fixtures';
import { contrast, decodePng, luminance, medianColour, parseRgb } from './png';

const stepOf = (state: MapState) => steps.find((s) => s.graphic === 'map' && s.state === state)!.id;
const pinned = assets.filter((a) => a.position.precision !== 'undisclosed');

async function openState(
	page: Page,
	state: MapState,
	edition: EditionUnderTest = editions[0]!
): Promise<Locator> {
	await page.goto(`${edition.path}#step-${stepOf(state)}`);
	const figure = page.locator('[data-graphic="map"]');
	await expect(figure).toHaveAttribute('data-state', state);
	return figure;
}

/*
 * What each state shows (its markers, labels, legend, scale; at phone width a map that fills the
 * screen) is checked at every map step of the tours (tour.spec.ts), and its labels and legend at
 * 320 and 1920 px there too.
 */
test.describe('the map’s text alternative', () => {
	test.use({ reducedMotion: 'reduce' });

	test('the text alternative lists each state’s assets with their dates', async ({ page }) => {
		const figure = await openState(page, 'buildup');
		const items = figure.locator('.sr-only li');
		await expect(items).toHaveCount(assets.filter((a) => assetState(a.date) === 'buildup').length);
		await expect(items.filter({ hasText: 'USS Iwo Jima' })).toContainText('August 18, 2025');
		await expect(items.filter({ hasText: 'Reaper' })).toContainText('Source: Reuters, Task & Purpose');
	});
});

test.describe('the map in the page’s theme, however it was chosen', () => {
	test.use({ reducedMotion: 'reduce' });

	for (const [system, chosen] of [
		['light', 'dark'],
		['dark', 'light']
	] as const)
		test(`${system} system, switch on ${chosen}: sea and land are ${chosen}, every label ≥ 4.5:1 over its pixels`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: system });
			await page.addInitScript((t) => localStorage.setItem('maduro:theme', t), chosen);
			const isDark = (l: number) => (chosen === 'dark' ? l < 0.1 : l > 0.4);
			for (const state of MAP_STATES) {
				const figure = await openState(page, state);
				await hydrated(page);
				await page.waitForLoadState('networkidle');
				const map = figure.locator('.map');
				const frame = (await map.boundingBox())!;
				const labels = await boxes(map.locator('text[data-shown="true"]'), 'data-label');
				const fills = await map
					.locator('text[data-shown="true"]')
					.evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
				// The picture without its words: what each label is drawn over.
				const hide = await page.addStyleTag({ content: '.map text { visibility: hidden !important }' });
				const pixels = decodePng(await map.screenshot({ scale: 'css' }));
				await hide.evaluate((el) => (el as Element).remove());
				const within = (b: (typeof labels)[number]) => ({ ...b, x: b.x - frame.x, y: b.y - frame.y });
				const sea = medianColour(pixels, { x: 0, y: 0, width: pixels.width, height: pixels.height });
				expect(isDark(luminance(sea)), `${state}: the sea, ${sea}`).toBe(true);
				for (const country of ['venezuela', 'colombia']) {
					const box = labels.find((l) => l.id === country);
					if (!box) continue;
					const land = medianColour(pixels, within(box));
					expect(isDark(luminance(land)), `${state}: ${country}'s land, ${land}`).toBe(true);
				}
				labels.forEach((label, i) => {
					const ratio = contrast(parseRgb(fills[i]!), medianColour(pixels, within(label)));
					expect(ratio, `${state}: ${label.id}`).toBeGreaterThanOrEqual(4.5);
				});
			}
		});
});

test('the view tweens between states, and jumps under reduced motion', async ({ page, browser }) => {
	/** The view's centres drawn on the way to the build-up (a caption wrapping anew resizes the box, not its centre). */
	const centres = async (p: Page) => {
		await p.clock.install();
		await p.goto(`/#step-${stepOf('region')}`);
		const figure = p.locator('[data-graphic="map"]');
		await expect(figure).toHaveAttribute('data-state', 'region');
		return framesOfChange(
			p,
			() => scrollToStep(p, stepOf('buildup')),
			() =>
				figure.evaluate((el) => {
					if (el.getAttribute('data-state') !== 'buildup') return null;
					const box = el.querySelector('.map svg')!.getAttribute('viewBox') ?? '';
					const [x, y, w, h] = box.split(' ').map(Number) as [number, number, number, number];
					return `${Math.round(x + w / 2)} ${Math.round(y + h / 2)}`;
				})
		);
	};
	const tweened = await centres(page);
	expect(tweened.length).toBeGreaterThan(3);
	const reduced = await browser.newPage({ reducedMotion: 'reduce', viewport: page.viewportSize()! });
	const jumped = await centres(reduced);
	// It lands on the same view, with nothing in between.
	expect(jumped).toEqual([tweened.at(-1)]);
	await reduced.close();
});

test('the base map is a static SVG of its own, never inlined or sent as data', async ({ page, request }) => {
	const responses: string[] = [];
	page.on('response', (r) => responses.push(r.url()));
	await page.goto('/');
	const shapes = page.locator('[data-graphic="map"] use');
	await expect(shapes.first()).toHaveAttribute('href', '/map/base.svg#land');
	await expect(shapes.last()).toHaveAttribute('href', '/map/base.svg#focus');
	const file = await request.get('/map/base.svg');
	expect(file.ok()).toBe(true);
	expect(file.headers()['content-type']).toContain('image/svg+xml');
	const svg = await file.text();
	const html = await (await request.get('/')).text();
	// A stretch of coastline from the file appears nowhere in the page.
	const coast = /class="land" d="(.{200})/.exec(svg)![1]!;
	expect(html).not.toContain(coast);
	await expect.poll(() => responses.some((u) => u.endsWith('/map/base.svg'))).toBe(true);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the map is drawn on the server in its final state, above its steps, labels apart', async ({
		page
	}) => {
		await page.goto('/');
		const figure = page.locator('[data-graphic="map"]');
		await expect(figure).toHaveAttribute('data-state', MAP_STATES[MAP_STATES.length - 1]!);
		await expect(figure).toHaveCSS('position', 'static');
		await expect(figure.locator('use').first()).toHaveAttribute('href', '/map/base.svg#land');
		await expect(figure.locator('[data-arc="alliance"]')).toHaveAttribute('d', /^M[\d. ]+Q[\d. ]+$/);
		await expect(figure.locator('[data-dot]')).toHaveCount(pinned.length + 2);
		await expectLabelsReadable(page);
		const figureBox = (await figure.boundingBox())!;
		const firstStep = (await page.locator(`[data-step-id="${stepOf('region')}"]`).boundingBox())!;
		expect(figureBox.y + figureBox.height).toBeLessThanOrEqual(firstStep.y);
		await expect(
			page.locator('.data-table').filter({ hasText: 'U.S. forces reported in the region' })
		).toBeAttached();
	});
});
