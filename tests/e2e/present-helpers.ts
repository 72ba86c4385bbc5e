/** Shared steps for the presenter specs. */
import type { Page } from '@playwright/test';
import { editions, expect, expectedShown, steps, story, type EditionUnderTest } from './fixtures';

export const LAST = steps.length - 1;

export const deck = (page: Page) => page.locator('.deck');

/** Opens an edition's presenter (with an optional `?query` and `#hash`) and waits until it is live. */
export async function openPresenter(
	page: Page,
	suffix = '',
	edition: EditionUnderTest = editions[0]!
): Promise<void> {
	await page.goto(`${edition.path}present/${suffix}`);
	await expect(deck(page)).toHaveAttribute('data-live', 'true');
}

/** The stage shows step `index` exactly as the article would: its graphic in its state, or its caption alone. */
export async function expectStage(page: Page, index: number): Promise<void> {
	const step = steps[index]!;
	await expect(deck(page)).toHaveAttribute('data-active-step', step.id);
	await expect(page.locator('.deck .counter')).toContainText(`${index + 1} / ${steps.length}`);
	const shown = expectedShown(index);
	const figure = page.locator('.deck figure[data-graphic]');
	if (shown) {
		await expect(figure).toHaveAttribute('data-graphic', shown.graphic);
		await expect(figure).toHaveAttribute('data-state', shown.state);
		await expect(figure).toHaveAttribute('data-dimmed', String(!step.graphic));
	} else {
		await expect(figure).toHaveCount(0);
		await expect(page.locator('.deck .stage')).toHaveClass(/caption-only/);
	}
}

/** The first step of each section, for stepping "through every section". */
export const sectionStarts = story.sections.map((s) => ({ id: s.id, index: s.steps[0]!.index }));
