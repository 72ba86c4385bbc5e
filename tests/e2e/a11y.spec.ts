/**
 * Accessibility at every step: axe-core finds nothing in either theme at phone and desktop
 * sizes, and the page keeps the promises axe cannot check (structure, focus, tap targets,
 * zoomed text, a polite announcement of each new chart state).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, inEveryEdition, hydrated, scrollToStep, test } from './fixtures';

// @axe-core/playwright needs Node 22; the engine itself runs in any page.
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: unknown[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated rather than added as a <script>: the site's strict CSP rightly refuses an inline script.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
			}
		});
		return result.violations;
	});
	return violations.map(
		(v: AxeViolation) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`
	);
}

/**
 * Every visible text of the graphic shown, with its contrast against the colour behind it: its own
 * colour, faded by every opacity it sits in, laid over the nearest background. axe skips text
 * drawn in SVG or over a drawing; this reads them all (the map's pixels are checked in map.spec.ts).
 */
async function chartTextContrasts(page: Page): Promise<{ text: string; ratio: number }[]> {
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

inEveryEdition((edition) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe finds no violations at any step, and every chart text not dimmed behind a text step keeps 4.5:1, ${colorScheme} theme`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			// Each state is checked as it stands, not halfway through a fade (text fading in is faint).
			await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
			await page.goto(edition.path);
			await hydrated(page);
			const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(background).toBe(colorScheme === 'dark' ? 'rgb(18, 19, 22)' : 'rgb(251, 250, 247)');
			expect(await axeViolations(page), 'at the top').toEqual([]);
			for (const step of edition.steps) {
				await scrollToStep(page, step.id);
				await expect(page.locator('.story')).toHaveAttribute('data-active-step', step.id);
				expect(await axeViolations(page), `at step ${step.id}`).toEqual([]);
				const faint = (await chartTextContrasts(page)).filter((t) => t.ratio < 4.5);
				expect(faint, `chart text under 4.5:1 at step ${step.id}`).toEqual([]);
			}
		});
	}

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

	test('the skip link is the first stop, visible on focus, and lands on the story', async ({ page }) => {
		await page.goto(edition.path);
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
		await page.goto(edition.path);
		await hydrated(page);
		for (const control of [
			page.getByRole('button', { name: edition.ui.darkTheme }),
			page.getByRole('button', { name: edition.ui.motionOff }),
			page.getByRole('navigation', { name: edition.ui.otherLanguages }).getByRole('link').first(),
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

	test('buttons, disclosures and the language links are at least 44 px tall and wide', async ({ page }) => {
		await page.goto(edition.path);
		await hydrated(page);
		const small = await page.locator('button, summary, .editions a').evaluateAll((els) =>
			els
				.map((e) => ({ text: e.textContent?.trim(), box: e.getBoundingClientRect() }))
				.filter(({ box }) => box.width < 44 || box.height < 44)
				.map(({ text, box }) => `${text}: ${box.width}×${box.height}`)
		);
		expect(small).toEqual([]);
	});

	test('text at 200% never needs sideways scrolling', async ({ page }) => {
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

	test('a new chart state is announced politely once the reader settles, and nothing else is', async ({
		page
	}) => {
		await page.goto(edition.path);
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
		await page.evaluate(async () => {
			const root = document.querySelector<HTMLElement>('.story')!;
			const place = (id: string) => {
				const card = document.querySelector<HTMLElement>(`[data-step-id="${id}"]`)!;
				const rect = card.getBoundingClientRect();
				const line = window.innerHeight * (window.innerWidth <= 600 ? 0.7 : 0.5);
				window.scrollTo({ top: window.scrollY + rect.top + rect.height / 2 - line, behavior: 'instant' });
			};
			place('gdp-collapse');
			while (root.dataset.activeStep !== 'gdp-collapse') await new Promise(requestAnimationFrame);
			place('gdp-baseline');
		});
		await expect(figure).toHaveAttribute('data-state', 'baseline');
		const baseline = (await describe.textContent())!;
		await expect(announcer).toHaveText(baseline);
		expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([baseline]);
	});
});
