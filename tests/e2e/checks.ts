/**
 * Checks that several specs make of what a step shows: axe and the contrast of chart text, chart
 * labels kept apart and inside their plot, the map's labels, legend and markers.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { assets } from '../../src/lib/data/deployment';
import { assetState, type MapState } from '../../src/lib/graphics/map/view';
import { expect } from './fixtures';

// @axe-core/playwright needs Node 22; the engine itself runs in any page.
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: unknown[] }[];
}

/**
 * What axe-core finds on the page as it stands: every WCAG 2.2 AA and best-practice rule, or with
 * `only`, just those rules (the second theme is checked for colour contrast alone).
 */
export async function axeViolations(page: Page, only?: string[]): Promise<string[]> {
	// Evaluated rather than added as a <script>: the site's strict CSP rightly refuses an inline script.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async (rules) => {
		const axe = (
			window as unknown as {
				axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: rules
				? { type: 'rule', values: rules }
				: {
						type: 'tag',
						values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
					}
		});
		return result.violations;
	}, only);
	return violations.map(
		(v: AxeViolation) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`
	);
}

/**
 * Every visible text of the graphic shown, with its contrast against the colour behind it: its own
 * colour, faded by every opacity it sits in, laid over the nearest background. axe skips text
 * drawn in SVG or over a drawing; this reads them all (the map's pixels are checked in map.spec.ts).
 */
export async function chartTextContrasts(page: Page): Promise<{ text: string; ratio: number }[]> {
	return page.locator('figure.graphic[data-dimmed="false"]').evaluateAll((figures) => {
		/** rgb()/rgba(), or color(srgb …) as color-mix() computes, in 0–255 channels and an alpha. */
		const rgba = (css: string) => {
			const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
			const k = css.startsWith('color(') ? 255 : 1;
			return [r * k, g * k, b * k, a];
		};
		const lum = ([r, g, b]: number[]) => {
			const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
			return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
		};
		const found: { text: string; ratio: number }[] = [];
		for (const figure of figures) {
			const box = figure.getBoundingClientRect();
			if (!figure.checkVisibility() || box.bottom < 0 || box.top > innerHeight) continue;
			for (const el of figure.querySelectorAll<HTMLElement | SVGElement>('*')) {
				const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
				if (!own || !el.checkVisibility({ visibilityProperty: true }) || el.closest('.sr-only, [inert]'))
					continue;
				let alpha = 1;
				let bg: number[] | null = null;
				for (let a: Element | null = el; a; a = a.parentElement) {
					alpha *= Number(getComputedStyle(a).opacity);
					const b = rgba(getComputedStyle(a).backgroundColor);
					if (!bg && a !== el && b[3]! > 0) bg = b;
				}
				bg ??= rgba(getComputedStyle(document.body).backgroundColor);
				const style = getComputedStyle(el);
				const fg = rgba(el instanceof SVGElement ? style.fill : style.color);
				const a = alpha * fg[3]!;
				if (a < 0.02) continue;
				const mixed = [0, 1, 2].map((i) => a * fg[i]! + (1 - a) * bg[i]!);
				const [hi, lo] = [lum(mixed), lum(bg)].sort((x, y) => y - x) as [number, number];
				found.push({ text: el.textContent!.trim().slice(0, 40), ratio: (hi + 0.05) / (lo + 0.05) });
			}
		}
		return found;
	});
}

/** Every visible label in a figure, with its box. */
export async function visibleLabels(figure: Locator) {
	return figure.locator('[data-label]').evaluateAll((els) =>
		els
			.map((el) => {
				let opacity = 1;
				for (let node: Element | null = el; node; node = node.parentElement)
					opacity *= Number(getComputedStyle(node).opacity);
				const r = el.getBoundingClientRect();
				return { text: el.textContent ?? '', opacity, x: r.x, y: r.y, right: r.right, bottom: r.bottom };
			})
			.filter((l) => l.opacity > 0.05 && l.right > l.x)
	);
}

/** Every visible label of a chart stays inside its plot, clear of every other label. */
export async function expectChartLabelsApart(figure: Locator, where: string): Promise<void> {
	// The plot clips what leaves it, so labels must stay inside the plot, not just the figure.
	const box = (await figure.locator('.chart').boundingBox())!;
	const labels = await visibleLabels(figure);
	expect(labels.length, `labels shown at ${where}`).toBeGreaterThan(2);
	for (const [i, a] of labels.entries()) {
		expect(a.x, `"${a.text}" at ${where} starts inside the graphic`).toBeGreaterThanOrEqual(box.x - 0.5);
		expect(a.right, `"${a.text}" at ${where} ends inside the graphic`).toBeLessThanOrEqual(
			box.x + box.width + 0.5
		);
		expect(a.y, `"${a.text}" at ${where} is not cut off at the top`).toBeGreaterThanOrEqual(box.y - 0.5);
		expect(a.bottom, `"${a.text}" at ${where} is not cut off at the bottom`).toBeLessThanOrEqual(
			box.y + box.height + 0.5
		);
		for (const b of labels.slice(i + 1)) {
			const overlap =
				Math.min(a.right, b.right) - Math.max(a.x, b.x) > 0.5 &&
				Math.min(a.bottom, b.bottom) - Math.max(a.y, b.y) > 0.5;
			expect(overlap, `"${a.text}" overlaps "${b.text}" at ${where}`).toBe(false);
		}
	}
}

export interface Box {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export async function boxes(items: Locator, attribute: string): Promise<Box[]> {
	return items.evaluateAll(
		(els, attr) =>
			els.map((el) => {
				const r = el.getBoundingClientRect();
				return { id: el.getAttribute(attr) ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
			}),
		attribute
	);
}

export const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every label shown is visible, inside the map, and clear of every other label shown. */
export async function expectLabelsReadable(page: Page): Promise<string[]> {
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
export async function expectLegendWhole(figure: Locator): Promise<void> {
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
export async function expectMarkersNamed(figure: Locator): Promise<void> {
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

const pinned = assets.filter((a) => a.position.precision !== 'undisclosed');
const unpinned = assets.filter((a) => a.position.precision === 'undisclosed');

/**
 * Everything the map must show in a state: the markers arriving in it, each named by its label or
 * the legend, every other pinned asset's label hidden, its labels readable, the legend whole, the
 * scale; at phone width, a map that fills the screen. Its English words only in English.
 */
export async function expectMapState(
	page: Page,
	figure: Locator,
	state: MapState,
	english: boolean
): Promise<void> {
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
			if (english)
				await expect(figure.locator(`[data-label="zone-${sea}"]`)).toContainText(/\d+ strikes · \d+ dead/);
			// Solid text on a halo, not the zone's own faint, dashed paint.
			await expect(figure.locator(`[data-label="zone-${sea}"]`)).toHaveCSS('fill-opacity', '1');
			await expect(figure.locator(`[data-label="zone-${sea}"]`)).toHaveCSS('stroke-dasharray', 'none');
		}
		if (english) await expect(figure.locator('.chart-title')).toContainText('21 strikes and 83 dead');
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
	if (english && notShown.length > 0) await expect(figure).toContainText('No public position');
	if (english) await expect(figure).toContainText('Positions are approximate');
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
}

/**
 * Waits until a graphic has finished drawing its new state: the state attribute changes first,
 * and the marks follow when the tweens (instant under reduced motion) next write the page.
 */
export async function settled(figure: Locator): Promise<void> {
	await expect
		.poll(() =>
			figure.evaluate(
				(el) =>
					new Promise<boolean>((resolve) => {
						const before = el.innerHTML;
						requestAnimationFrame(() => requestAnimationFrame(() => resolve(el.innerHTML === before)));
					})
			)
		)
		.toBe(true);
}
