import type { Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BASE_PATH } from '../../playwright.config';
import { cacheName } from '../../src/lib/present/offline';
import { expect, hydrated, steps, test } from './fixtures';
import { deck, expectStage, openPresenter, sectionStarts } from './present-helpers';

test.skip(({ isMobile }) => isMobile, 'one offline run is enough');

/** Waits until the service worker for the page's own copy of the site is installed and active. */
async function offlineReady(page: Page, base = ''): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				return registration?.active?.state === 'activated' ? new URL(registration.scope).pathname : null;
			})
		)
		.toBe(`${base}/`);
}

/** Every page the build wrote, as a path: the story, presenter mode, the embeds, whatever is added later. */
function builtPages(dir = 'build'): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name === 'index.html') pages.push(`/${relative(dir, folder)}/`.replace('//', '/'));
		}
	};
	walk(dir);
	return pages;
}

async function goToStep(page: Page, index: number): Promise<void> {
	for (const digit of String(index + 1)) await page.keyboard.press(digit);
	await page.keyboard.press('Enter');
}

test('after one visit, presenter mode reloads and steps through every section with the network off', async ({
	page,
	context
}) => {
	await openPresenter(page);
	await offlineReady(page);
	await context.setOffline(true);
	await page.reload();
	await expect(deck(page)).toHaveAttribute('data-live', 'true');
	expect(await page.evaluate(() => navigator.onLine)).toBe(false);
	for (const section of sectionStarts) {
		await goToStep(page, section.index);
		await expectStage(page, section.index);
		await page.keyboard.press('ArrowRight');
		await expectStage(page, section.index + 1 < steps.length ? section.index + 1 : section.index);
	}
});

test('after one visit, every page of the site opens with the network off', async ({ page, context }) => {
	// Every page of both editions, well over a hundred: more than the default half-minute allows.
	test.setTimeout(180_000);
	const pages = builtPages();
	expect(pages).toEqual(
		expect.arrayContaining(['/', '/present/', '/present/notes/', '/es/', '/es/present/'])
	);
	await page.goto('/');
	await offlineReady(page);
	await context.setOffline(true);
	for (const path of pages) {
		// A share page sends its reader on at once: the answer is what counts, then whatever page shows.
		const response = await page.goto(path, { waitUntil: 'commit' });
		expect(response?.status(), path).toBe(200);
		await expect(page.locator('body'), path).toContainText(/\w{3}/);
	}
	// And the story runs, not just shows: its scroll and hash drivers wake up.
	await page.goto('/#step-gdp-collapse');
	await hydrated(page);
	await expect(page.locator('[data-graphic="gdp"]')).toHaveAttribute('data-state', 'collapse');
});

test('the copy under a sub-path works offline with its own cache, and drops only its own old caches', async ({
	page,
	context
}) => {
	await openPresenter(page);
	await offlineReady(page);
	// A cache an earlier build of the sub-path copy left behind.
	const stale = cacheName(BASE_PATH, 'an-earlier-build');
	await page.evaluate((name) => caches.open(name).then(() => undefined), stale);

	await page.goto(`${BASE_PATH}/present/#step-gdp-baseline`);
	await offlineReady(page, BASE_PATH);
	const names = await page.evaluate(() => caches.keys());
	expect(names).not.toContain(stale);
	expect(names.filter((n) => n.startsWith(cacheName(BASE_PATH, '')))).toHaveLength(1);
	expect(names.filter((n) => n.startsWith(cacheName('', '')))).toHaveLength(1);

	await context.setOffline(true);
	await page.reload();
	await expect(deck(page)).toHaveAttribute('data-live', 'true');
	await expectStage(
		page,
		steps.findIndex((s) => s.id === 'gdp-baseline')
	);
	await page.keyboard.press('ArrowRight');
	await expectStage(
		page,
		steps.findIndex((s) => s.id === 'gdp-collapse')
	);
	// The root copy, visited once, still opens offline too: the sub-path copy left its cache alone.
	await openPresenter(page, '#step-gdp-rebound');
	await expectStage(
		page,
		steps.findIndex((s) => s.id === 'gdp-rebound')
	);
});
