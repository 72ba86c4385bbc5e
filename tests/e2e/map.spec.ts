import type { Locator, Page } from '@playwright/test';
import { assets } from '../../src/lib/data/deployment';
import { assetState, MAP_STATES, type MapState } from '../../src/lib/graphics/map/view';
import {
	editions,
	expect,
	framesOfChange,
	hydrated,
	inEveryEdition,
	scrollToStep,
	steps,
	test,
	type EditionUnderTest
} from './fixtures';
import { contrast, decodePng, luminance, medianColour, parseRgb } from './png';

const stepOf = (state: MapState) => steps.find((s) => s.graphic === 'map' && s.state === state)!.id;
const pinned = assets.filter((a) => a.position.precision !== 'undisclosed');
const unpinned = assets.filter((a) => a.position.precision === 'undisclosed');

interface Box {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

async function boxes(items: Locator, attribute: string): Promise<Box[]> {
	return items.evaluateAll(
		(els, attr) =>
			els.map((el) => {
				const r = el.getBoundingClientRect();
				return { id: el.getAttribute(attr) ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
			}),
		attribute
	);
}

const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every label shown is visible, inside the map, and clear of every other label shown. */
async function expectLabelsReadable(page: Page): Promise<string[]> {
	const map = page.locator('[data-graphic="map"] .map');
	const shown = map.locator('text[data-shown="true"]');
	const count = await shown.count();
	expect(count).toBeGreaterThan(0);
	for (let i = 0; i < count; i++) await expect(shown.nth(i)).toBeVisible();
	const frame = (await map.boundingBox())!;
	const labels = await boxes(shown, 'data-label');
	for (const label of labels) {
		expect(label.x, `${label.id} spills left`).toBeGreaterThanOrEqual(frame.x);
		expect(label.y, `${label.id} spills over the top`).toBeGreaterThanOrEqual(frame.y);
		expect(label.x + label.width, `${label.id} spills right`).toBeLessThanOrEqual(frame.x + frame.width);
		expect(label.y + label.height, `${label.id} spills below`).toBeLessThanOrEqual(frame.y + frame.height);
	}
	for (let i = 0; i < labels.length; i++)
		for (let j = i + 1; j < labels.length; j++)
			expect(overlap(labels[i]!, labels[j]!), `${labels[i]!.id} overlaps ${labels[j]!.id}`).toBe(false);
	// Nor does any run under the legend over the map's top or the scale and sources at its foot.
	for (const part of ['.legend', '.foot']) {
		const box = { id: part, ...(await map.locator(part).boundingBox())! };
		for (const label of labels) expect(overlap(label, box), `${label.id} runs under ${part}`).toBe(false);
	}
	return labels.map((l) => l.id);
}

/**
 * The legend and notes break only between phrases: each phrase on one line and inside the map,
 * each key's swatch on its first phrase's line, the notes on lines of their own under the keys.
 */
async function expectLegendWhole(figure: Locator): Promise<void> {
	const problems = await figure.locator('.legend .room > div:not(.sizer)').evaluate((shown) => {
		const found: string[] = [];
		const edge = shown.closest('.map')!.getBoundingClientRect();
		for (const phrase of shown.querySelectorAll<HTMLElement>('.phrase')) {
			if (!phrase.checkVisibility()) continue;
			const rects = phrase.getClientRects();
			if (rects.length !== 1) found.push(`"${phrase.textContent}" breaks`);
			else if (rects[0]!.right > edge.right + 0.5) found.push(`"${phrase.textContent}" spills`);
		}
		for (const key of shown.querySelectorAll<HTMLElement>('.key')) {
			if (!key.checkVisibility()) continue;
			const swatch = key.querySelector('svg')!.getBoundingClientRect();
			const first = key.querySelector('.phrase')!.getBoundingClientRect();
			if (Math.abs(swatch.top + swatch.height / 2 - (first.top + first.height / 2)) > first.height / 2)
				found.push(`key "${first.width && key.textContent}" leaves its swatch`);
		}
		const keys = shown.querySelector('.keys')!.getBoundingClientRect();
		const note = shown.querySelector('.note .phrase')!.getBoundingClientRect();
		if (note.top < keys.bottom - 0.5) found.push('the notes start on the keys’ line');
		return found;
	});
	expect(problems).toEqual([]);
}

/** Every marker on the map is named by a label beside it, or by the legend's key for its kind. */
async function expectMarkersNamed(figure: Locator): Promise<void> {
	for (const dot of await figure.locator('[data-dot][data-shown="true"]').all()) {
		const id = (await dot.getAttribute('data-dot'))!;
		if ((await dot.getAttribute('class'))!.includes('earlier'))
			await expect(figure.locator('.legend .room > div:not(.sizer) [data-key="earlier"]')).toBeVisible();
		else await expect(figure.locator(`[data-label="${id}"]`), id).toBeVisible();
	}
	for (const kind of ['site', 'area'])
		if ((await figure.locator(`[data-dot][data-shown="true"].${kind}:not(.earlier)`).count()) > 0)
			await expect(figure.locator(`.legend .room > div:not(.sizer) [data-key="${kind}"]`)).toBeVisible();
}

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

test.describe('each map state', () => {
	// States jump under reduced motion, so what is measured is the state itself, not a frame of a tween.
	test.use({ reducedMotion: 'reduce' });

	for (const state of MAP_STATES) {
		test(`${state}: its markers appear, labelled, and no label overlaps another`, async ({ page }) => {
			const figure = await openState(page, state);
			const arriving = pinned.filter((a) => assetState(a.date) === state);
			for (const asset of arriving) {
				await expect(figure.locator(`[data-dot="${asset.id}"]`)).toHaveAttribute('data-shown', 'true');
				await expect(figure.locator(`[data-dot="${asset.id}"] circle`).last()).toBeVisible();
				await expect(figure.locator(`[data-label="${asset.id}"]`)).toBeVisible();
			}
			for (const asset of pinned.filter((a) => !arriving.includes(a)))
				await expect(figure.locator(`[data-label="${asset.id}"]`)).toBeHidden();
			const shown = await expectLabelsReadable(page);
			if (state === 'region')
				expect(shown).toEqual(
					expect.arrayContaining([
						'venezuela',
						'caracas',
						'colombia',
						'cuba',
						'puertoRico',
						'trinidad',
						'florida'
					])
				);
			if (state === 'strikes') {
				for (const sea of ['caribbean', 'pacific']) {
					await expect(figure.locator(`[data-zone="${sea}"]`)).toHaveAttribute('data-shown', 'true');
					await expect(figure.locator(`[data-label="zone-${sea}"]`)).toContainText(/\d+ strikes · \d+ dead/);
					// Solid text on a halo, not the zone's own faint, dashed paint.
					await expect(figure.locator(`[data-label="zone-${sea}"]`)).toHaveCSS('fill-opacity', '1');
					await expect(figure.locator(`[data-label="zone-${sea}"]`)).toHaveCSS('stroke-dasharray', 'none');
				}
				await expect(figure.locator('.chart-title')).toContainText('21 strikes and 83 dead');
			}
			if (state === 'carrier') {
				await expect(figure.locator('[data-route="ford"]')).toHaveAttribute('data-shown', 'true');
				await expect(figure.locator('[data-label="anegada"]')).toBeVisible();
			}
			if (state === 'cuba') {
				await expect(figure.locator('[data-arc="alliance"]')).toHaveAttribute('data-shown', 'true');
				expect(shown).toEqual(expect.arrayContaining(['havana', 'caracas', 'alliance']));
			}
			const notShown = unpinned.filter((a) => assetState(a.date) === state);
			if (notShown.length > 0) await expect(figure).toContainText('No public position');
			await expect(figure).toContainText('Positions are approximate');
			await expectLegendWhole(figure);
			await expectMarkersNamed(figure);
			await expect(figure.locator('.scale')).toHaveText(/^\d+ km$/);
			if (state === 'region')
				expect(shown).toEqual(expect.arrayContaining(['sea-caribbean', 'sea-atlantic', 'sea-pacific']));
			const graphic = (await figure.boundingBox())!;
			const map = (await figure.locator('.map').boundingBox())!;
			const legend = (await figure.locator('.legend').boundingBox())!;
			expect(legend.y + legend.height, 'the legend inside the map').toBeLessThanOrEqual(map.y + map.height);
			if (page.viewportSize()!.width === 390) {
				// A phone's map takes the graphic's room: at least 80% of its box.
				expect((map.width * map.height) / (graphic.width * graphic.height)).toBeGreaterThanOrEqual(0.8);
				expect(graphic.height).toBeGreaterThanOrEqual(page.viewportSize()!.height - 1);
			}
		});
	}

	test('the text alternative lists each state’s assets with their dates', async ({ page }) => {
		const figure = await openState(page, 'buildup');
		const items = figure.locator('.sr-only li');
		await expect(items).toHaveCount(assets.filter((a) => assetState(a.date) === 'buildup').length);
		await expect(items.filter({ hasText: 'USS Iwo Jima' })).toContainText('August 18, 2025');
		await expect(items.filter({ hasText: 'Reaper' })).toContainText('Source: Reuters, Task & Purpose');
	});
});

inEveryEdition((edition) => {
	test('map labels stay apart, and the legend breaks only between phrases, at 320 and 1920 px', async ({
		page
	}, info) => {
		test.skip(info.project.name !== 'phone', 'widths are set here');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		for (const [width, height] of [
			[320, 700],
			[1920, 1080]
		] as const) {
			await page.setViewportSize({ width, height });
			for (const state of MAP_STATES) {
				const figure = await openState(page, state, edition);
				await expectLabelsReadable(page);
				await expectLegendWhole(figure);
			}
		}
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

test('loading and scrolling the whole story asks nothing of any other host', async ({ page }) => {
	const hosts = new Set<string>();
	page.on('request', (r) => void hosts.add(new URL(r.url()).hostname));
	await page.goto('/');
	for (const step of steps) await scrollToStep(page, step.id);
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', steps[steps.length - 1]!.id);
	expect([...hosts].filter((h) => h !== '127.0.0.1' && h !== 'localhost')).toEqual([]);
	expect(hosts.size).toBeGreaterThan(0);
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
