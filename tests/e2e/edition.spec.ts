/**
 * The editions together: every route exists in each language and says which it is in; the
 * language switch keeps the reader on their step; figures and dates read the local way; and no
 * interface string is left in English on a Spanish page.
 */
import type { Browser } from '@playwright/test';
import { graphicTexts } from '../../src/lib/graphics/build.server';
import { builderUi } from '../../src/lib/embed/ui';
import { presenterText } from '../../src/lib/present/text';
import { editions, expect, scrollToStep, test, type EditionUnderTest } from './fixtures';
import { englishIn, englishInterfaceStrings, phrasesOn } from './english-strings';
import { EMBEDDABLE } from './fixtures/embeds';
import { deck } from './present-helpers';

const [english, spanish] = editions as [EditionUnderTest, EditionUnderTest];

/** Every page route of an edition, from the site root. */
function routesOf(edition: EditionUnderTest): string[] {
	return [
		'',
		'present/',
		'present/notes/',
		'embed/',
		'embed/story/',
		...EMBEDDABLE.map((g) => `embed/${g}/`),
		`s/${edition.steps[0]!.id}/`
	].map((page) => edition.path + page);
}

test('every route exists in both editions and declares its language', async ({ request }) => {
	for (const edition of editions) {
		for (const path of routesOf(edition)) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			expect(await response.text(), path).toMatch(
				new RegExp(`^<!doctype html>\\s*<html lang="${edition.locale}"`, 'i')
			);
		}
	}
});

test.describe('the language switch', () => {
	test('takes the reader to the same step in the other edition, and back', async ({ page }) => {
		await page.goto(english.path);
		await scrollToStep(page, 'election-tally');
		await expect(page).toHaveURL(/#step-election-tally$/);
		await page
			.getByRole('navigation', { name: english.ui.otherLanguages })
			.getByRole('link', { name: spanish.name })
			.click();
		await expect(page).toHaveURL(new RegExp(`${spanish.path}#step-election-tally$`));
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.locator('h1')).toHaveText(spanish.story.title);
		await expect(page.locator('.story')).toHaveAttribute('data-active-step', 'election-tally');
		await expect(page.locator('[data-graphic="election"]')).toHaveAttribute('data-state', 'tally');

		await scrollToStep(page, 'gdp-collapse');
		await expect(page).toHaveURL(/#step-gdp-collapse$/);
		await page
			.getByRole('navigation', { name: spanish.ui.otherLanguages })
			.getByRole('link', { name: english.name })
			.click();
		await expect(page).toHaveURL(/:\d+\/#step-gdp-collapse$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('.story')).toHaveAttribute('data-active-step', 'gdp-collapse');
	});

	test('in the presenter, takes the stage to the same step in the other language', async ({ page }) => {
		await page.goto(`${english.path}present/#step-election-tally`);
		await expect(deck(page)).toHaveAttribute('data-live', 'true');
		const words = presenterText('en');
		await page
			.getByRole('navigation', { name: words.otherLanguages })
			.getByRole('link', { name: spanish.name })
			.click();
		await expect(page).toHaveURL(new RegExp(`${spanish.path}present/#step-election-tally$`));
		await expect(deck(page)).toHaveAttribute('data-live', 'true');
		await expect(deck(page)).toHaveAttribute('data-active-step', 'election-tally');
		await expect(page.getByRole('button', { name: presenterText('es').next })).toBeVisible();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('is a plain link to the other edition, marked with its language', async ({ page }) => {
			await page.goto(spanish.path);
			const link = page.getByRole('link', { name: english.name, exact: true });
			await expect(link).toHaveAttribute('href', english.path);
			await expect(link).toHaveAttribute('hreflang', 'en');
			await expect(link).toHaveAttribute('lang', 'en');
			await link.click();
			await expect(page.locator('h1')).toHaveText(english.story.title);
		});
	});
});

test('figures and dates read the local way in each edition', async ({ page }) => {
	const expected = {
		en: { share: '51.2%', date: 'July 28, 2024' },
		es: { share: '51,2\u00a0%', date: '28 de julio de 2024' }
	};
	for (const edition of editions) {
		await page.goto(`${edition.path}#step-election-official`);
		const figure = page.locator('[data-graphic="election"]');
		await expect(figure).toHaveAttribute('data-state', 'official');
		await expect(figure).toContainText(expected[edition.locale].share);
		await expect(figure).toContainText(expected[edition.locale].date);
	}
});

test('the snippet builder writes codes for the language chosen, its own by default', async ({ page }) => {
	await page.goto(`${spanish.path}embed/`);
	const ui = builderUi('es');
	const loader = page.locator('[data-snippet="loader"]');
	const origin = new URL(page.url()).origin;
	await expect(loader).toContainText(`${origin}${spanish.path}embed/story/`);
	await page.getByLabel(ui.graphic).selectOption('gdp');
	await expect(loader).toContainText(`${origin}${spanish.path}embed/gdp/`);
	await expect(loader).toContainText(`title="${graphicTexts('es').gdp.title}: ${spanish.story.title}"`);
	await page.locator('select[name="edition"]').selectOption({ label: english.name });
	await expect(loader).toContainText(`src="${origin}${english.path}embed/gdp/"`);
	await expect(loader).toContainText(`title="${graphicTexts('en').gdp.title}: ${english.story.title}"`);
});

test.describe('no English interface string on a Spanish page', () => {
	const strings = englishInterfaceStrings();

	// The story page, at every step, is checked in the Spanish tours (tour.spec.ts).
	test('the interface modules give the check something to look for, and the presenter, its notes, the embeds and the builder have none', async ({
		page
	}) => {
		// A dozen pages, each until its network is quiet: more than the default budget.
		test.slow();
		expect(strings).toEqual(
			expect.arrayContaining(['Skip to the story', 'Previous', 'Display settings', 'link to this step'])
		);
		const pages = routesOf(spanish).filter(
			(path) => !path.endsWith(`${spanish.path}`) && !path.includes('/s/')
		);
		for (const path of pages) {
			await page.goto(`${path}#step-${spanish.steps.at(-1)!.id}`);
			// The page's own scripts have loaded, and with them every word it writes once awake.
			await page.waitForLoadState('networkidle');
			expect(englishIn(await phrasesOn(page), strings), path).toEqual([]);
		}
	});

	test('the share pages, as link previews read them', async ({ browser }) => {
		const noScript = await (browser as Browser).newPage({ javaScriptEnabled: false });
		for (const step of spanish.steps) {
			await noScript.goto(`${spanish.path}s/${step.id}/`);
			expect(englishIn(await phrasesOn(noScript), strings), step.id).toEqual([]);
		}
		await noScript.close();
	});
});
