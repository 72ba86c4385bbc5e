/**
 * Shared Playwright fixtures: every test fails if the page logs an error or throws, and the
 * story's steps come from the same story file the site is built from.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseStory } from '../../src/lib/story/parse';
import type { Step } from '../../src/lib/story/types';

const file = 'src/content/story.en.aml';
export const story = parseStory(readFileSync(file, 'utf8'), file);
export const steps: Step[] = story.sections.flatMap((s) => s.steps);
/** Graphics the site draws so far; steps of other graphics read as text steps. */
export const DRAWN = new Set(['map', 'tenure', 'gdp', 'election', 'next']);

export const test = base.extend<{ pageErrors: string[] }>({
	pageErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(`console: ${m.text()}`);
			});
			page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
			await use(errors);
			expect(errors, 'the page logged errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until the page has woken up: the server HTML has no active step, the live page always has one. */
export async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', /.+/);
}

/** Puts a step card on the scroll trigger line, the way a reader's scroll would. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
	await hydrated(page);
	await page.evaluate((stepId) => {
		const card = document.querySelector<HTMLElement>(`[data-step-id="${stepId}"]`)!;
		const rect = card.getBoundingClientRect();
		const line = window.innerHeight * (window.innerWidth <= 600 ? 0.7 : 0.5);
		window.scrollTo({ top: window.scrollY + rect.top + rect.height / 2 - line, behavior: 'instant' });
	}, id);
}

/** The graphic state a reader should see at a step: its own, or the last one before a text step. */
export function expectedShown(index: number): { graphic: string; state: string } | null {
	for (let i = index; i >= 0; i--) {
		const s = steps[i]!;
		if (s.graphic) return { graphic: s.graphic, state: s.state! };
	}
	return null;
}

/**
 * Scrolls from the GDP chart's baseline state to its collapse and records every distinct line
 * drawn on the way (done when the line reaches the right edge, or after 3 s at most).
 */
export async function gdpLinesBetweenStates(page: Page): Promise<string[]> {
	await scrollToStep(page, 'gdp-baseline');
	await expect(page.locator('[data-graphic="gdp"]')).toHaveAttribute('data-state', 'baseline');
	const recording = page.evaluate(
		() =>
			new Promise<string[]>((resolve) => {
				const path = document.querySelector('[data-graphic="gdp"] path.line:not(.dashed)')!;
				const seen: string[] = [];
				const started = performance.now();
				const sample = () => {
					const d = path.getAttribute('d') ?? '';
					if (seen[seen.length - 1] !== d) seen.push(d);
					if (/L100,[\d.]+$/.test(d) || performance.now() - started > 3000) resolve(seen);
					else requestAnimationFrame(sample);
				};
				requestAnimationFrame(sample);
			})
	);
	await scrollToStep(page, 'gdp-collapse');
	return recording;
}
