import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { AS_OF, PUBLISHED } from '../../src/lib/data/timeframe';
import { BASE_PATH } from '../../playwright.config';
import svelteConfig from '../../svelte.config.js';
import { shareWords } from '../../src/lib/share/words';
import { editions, expect, hydrated, inEveryEdition, test } from './fixtures';
import { decodePng, luminanceVariance } from './png';

/** The origin the build wrote into absolute URLs (ORIGIN, or the local default). */
const ORIGIN = svelteConfig.kit!.prerender!.origin!;

/**
 * Below this the card's middle band (title, chart or words: rows 100 to 540) is as good as
 * blank. A card with only its frame drawn scores 0 there; the sparest real card scores about 900.
 */
const MIN_VARIANCE = 200;

async function expectCard(request: APIRequestContext, path: string): Promise<Buffer> {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	expect(response.headers()['content-type'], path).toBe('image/png');
	const png = await response.body();
	const pixels = decodePng(png);
	expect([pixels.width, pixels.height], path).toEqual([1200, 630]);
	expect(luminanceVariance(pixels, 100, 540), `${path} has something drawn`).toBeGreaterThan(MIN_VARIANCE);
	return png;
}

const meta = (page: Page, key: string) =>
	page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).getAttribute('content');

inEveryEdition((edition) => {
	const words = shareWords(edition.locale);

	test.describe('share images', () => {
		test('every step, the story and every graphic have a 1200×630 share image with something drawn on it, a graphic step showing its state', async ({
			request
		}) => {
			const images = new Map<string, string>();
			for (const step of edition.steps)
				images.set(
					step.id,
					(await expectCard(request, `${edition.path}s/${step.id}/card.png`)).toString('base64')
				);
			const gdp = edition.steps.filter((s) => s.graphic === 'gdp');
			const byState = new Map(gdp.map((s) => [s.state, images.get(s.id)!]));
			expect(byState.size).toBe(3);
			expect(new Set(byState.values()).size).toBe(3);
			await expectCard(request, `${edition.path}s/card.png`);
			for (const graphic of new Set(edition.steps.flatMap((s) => (s.graphic ? [s.graphic] : []))))
				await expectCard(request, `${edition.path}s/graphics/${graphic}/card.png`);
		});
	});

	test.describe('share pages without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test("every share page carries its step's metadata and a plain link to the step", async ({ page }) => {
			for (const step of edition.steps) {
				await page.goto(`${edition.path}s/${step.id}/`);
				const section = edition.story.sections.find((s) => s.id === step.sectionId)!;
				await expect(page).toHaveTitle(`${section.title} — ${edition.story.title}`);
				expect(await meta(page, 'og:title')).toBe(`${section.title} — ${edition.story.title}`);
				const description = await meta(page, 'description');
				expect(description?.length).toBeGreaterThan(40);
				// No share preview shows the story as current news: the dated note leads.
				expect(description!.startsWith(edition.ui.editorsNoteShort), step.id).toBe(true);
				expect(await meta(page, 'og:description')).toBe(description);
				expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
					`${ORIGIN}${edition.path}`
				);
				expect(await meta(page, 'og:url')).toBe(`${ORIGIN}${edition.path}s/${step.id}/`);
				expect(await meta(page, 'og:image')).toBe(`${ORIGIN}${edition.path}s/${step.id}/card.png`);
				expect(await meta(page, 'twitter:image')).toBe(`${ORIGIN}${edition.path}s/${step.id}/card.png`);
				expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
				expect((await meta(page, 'og:image:alt'))?.length).toBeGreaterThan(40);
				await expect(page.getByRole('link', { name: new RegExp(words.open) })).toHaveAttribute(
					'href',
					`${edition.path}#step-${step.id}`
				);
			}
		});

		test('the plain link opens the story at the step', async ({ page }) => {
			await page.goto(`${edition.path}s/gdp-collapse/`);
			await page.getByRole('link', { name: new RegExp(words.open) }).click();
			await expect(page).toHaveURL(new RegExp(`:\\d+${edition.path}#step-gdp-collapse$`));
			await expect(page.locator('[data-step-id="gdp-collapse"]')).toBeInViewport();
		});

		test('the story page has no share control without JavaScript', async ({ page }) => {
			await page.goto(edition.path);
			await expect(page.getByRole('button', { name: words.label })).toHaveCount(0);
			await expect(page.locator('.share-button').first()).toBeHidden();
		});
	});

	test.describe('share pages with JavaScript', () => {
		test('a share page opens the story on its step', async ({ page }) => {
			await page.goto(`${edition.path}s/gdp-collapse/`);
			await expect(page).toHaveURL(new RegExp(`^[^#]*:\\d+${edition.path}#step-gdp-collapse$`));
			await expect(page.locator('[data-step-id="gdp-collapse"]')).toHaveAttribute('aria-current', 'step');
			await expect(page.locator('[data-graphic="gdp"]')).toHaveAttribute('data-state', 'collapse');
		});

		test('a share page under a sub-path opens the story under it', async ({ page }) => {
			await page.goto(`${BASE_PATH}${edition.path}s/gdp-rebound/`);
			await expect(page).toHaveURL(new RegExp(`:\\d+${BASE_PATH}${edition.path}#step-gdp-rebound$`));
			await expect(page.locator('[data-step-id="gdp-rebound"]')).toHaveAttribute('aria-current', 'step');
		});

		test("a graphic step's image text is the chart's own text alternative for that state", async ({
			page
		}) => {
			for (const step of edition.steps.filter((s) => s.graphic)) {
				await page.goto(`${edition.path}#step-${step.id}`);
				const figure = page.locator(`[data-graphic="${step.graphic}"]`);
				await expect(figure).toHaveAttribute('data-state', step.state!);
				const share = await page.request.get(`${edition.path}s/${step.id}/`);
				const alt = /<meta property="og:image:alt" content="([^"]*)"/.exec(await share.text())?.[1];
				expect(alt, step.id).toBeTruthy();
				// A chart's alternative is one sentence; the map's is a lead over a list, and the lead is the image's.
				// Waited for: the graphic's island hydrates in a task of its own once it nears the viewport.
				await expect(figure.locator('p.sr-only, .sr-only > p').first(), step.id).toHaveText(alt!);
			}
		});
	});

	test.describe('the story page head', () => {
		test.use({ javaScriptEnabled: false });

		for (const base of ['', BASE_PATH]) {
			test(`has complete, well-formed metadata${base ? ' under a sub-path' : ''}`, async ({ page }) => {
				await page.goto(`${base}${edition.path}`);
				const root = `${ORIGIN}${base}`;
				const here = `${root}${edition.path}`;
				await expect(page).toHaveTitle(edition.story.title);
				expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(here);
				const description = `${edition.ui.editorsNoteShort} ${edition.story.dek}`;
				expect(await meta(page, 'description')).toBe(description);
				expect(await meta(page, 'og:type')).toBe('article');
				expect(await meta(page, 'og:url')).toBe(here);
				expect(await meta(page, 'og:locale')).toBe({ en: 'en_US', es: 'es_419' }[edition.locale]);
				expect(await meta(page, 'article:published_time')).toBe(edition.story.published);
				expect(await meta(page, 'article:modified_time')).toBe(edition.story.published);
				const image = (await meta(page, 'og:image'))!;
				expect(image).toBe(`${here}s/card.png`);
				expect(new URL(image).protocol).toMatch(/^https?:$/);
				expect(await meta(page, 'twitter:image')).toBe(image);
				// The image itself is in this copy of the build, at the same path.
				expect((await page.request.get(new URL(image).pathname)).status()).toBe(200);
				const alternates = await page
					.locator('link[rel="alternate"][hreflang]')
					.evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
				// Every edition lists every edition, itself included: the alternates go both ways.
				expect(alternates).toEqual([
					...editions.map((e) => [e.locale, `${root}${e.path}`]),
					['x-default', `${root}/`]
				]);
				const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
				expect(ld).toMatchObject({
					'@context': 'https://schema.org',
					'@type': 'NewsArticle',
					headline: edition.story.title,
					description,
					datePublished: edition.story.published,
					dateModified: edition.story.published,
					inLanguage: edition.locale,
					mainEntityOfPage: here,
					image: [image]
				});
			});
		}
	});

	test('once the story page wakes up, its head still holds each tag once', async ({ page }) => {
		await page.goto(edition.path);
		await hydrated(page);
		await expect(page).toHaveTitle(edition.story.title);
		await expect(page.locator('head title')).toHaveCount(1);
		await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
		await expect(page.locator('head meta[property="og:image"]')).toHaveCount(1);
		await expect(page.locator('head script[type="application/ld+json"]')).toHaveCount(1);
	});

	test.describe('the share control', () => {
		const card = (page: Page, id: string) => page.locator(`[data-step-id="${id}"]`);

		test("copies the step's share link and confirms it", async ({ page, context, baseURL }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			// A device without a share sheet, whatever this browser offers.
			await page.addInitScript(() =>
				Object.defineProperty(Navigator.prototype, 'share', { value: undefined })
			);
			await page.goto(`${edition.path}#step-gdp-collapse`);
			await hydrated(page);
			const button = card(page, 'gdp-collapse').getByRole('button', { name: words.label });
			const box = (await button.boundingBox())!;
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
			await button.click();
			const status = card(page, 'gdp-collapse').getByRole('status');
			await expect(status).toHaveText(words.copied);
			await expect(status).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				`${baseURL}${edition.path}s/gdp-collapse/`
			);
			// Only the card whose control was used says so.
			await expect(card(page, 'gdp-rebound').getByRole('status')).toHaveText('');
		});

		test("hands the device's share sheet the step's share link", async ({ page, baseURL }) => {
			await page.addInitScript(() => {
				const shared: ShareData[] = [];
				Object.defineProperty(window, 'shared', { value: shared });
				Object.defineProperty(Navigator.prototype, 'share', {
					value: async (data: ShareData) => void shared.push(data)
				});
			});
			await page.goto(`${edition.path}#step-armada-region`);
			await hydrated(page);
			await card(page, 'armada-region').getByRole('button', { name: words.label }).click();
			await expect
				.poll(() =>
					page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.map((d) => d.url))
				)
				.toEqual([`${baseURL}${edition.path}s/armada-region/`]);
			await expect(card(page, 'armada-region').getByRole('status')).toHaveText('');
		});
	});
});

test('no built page, feed or description says the explainer was written before it was published', () => {
	const texts = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return texts(path);
			return /\.(html|json|xml|txt|js)$/.test(entry.name) ? [path] : [];
		});
	const files = texts('build');
	expect(files.length).toBeGreaterThan(50);
	const stale = files.filter((file) => /Written as of|Escrito al/.test(readFileSync(file, 'utf8')));
	expect(stale).toEqual([]);
	expect(PUBLISHED > AS_OF).toBe(true);
	for (const edition of editions) expect(edition.story.published).toBe(PUBLISHED);
});

test('the sitemap lists every edition with its alternates, and robots.txt points to it', async ({
	request
}) => {
	const sitemap = await request.get('/sitemap.xml');
	expect(sitemap.headers()['content-type']).toMatch(/xml/);
	const xml = await sitemap.text();
	expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset /);
	for (const edition of editions) {
		expect(xml).toContain(`<loc>${ORIGIN}${edition.path}</loc><lastmod>${edition.story.published}</lastmod>`);
		expect(xml).toContain(
			`<xhtml:link rel="alternate" hreflang="${edition.locale}" href="${ORIGIN}${edition.path}"/>`
		);
	}
	expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}/"/>`);
	expect(xml.match(/<url>/g)).toHaveLength(editions.length);
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
	const baseRobots = await (await request.get(`${BASE_PATH}/robots.txt`)).text();
	expect(baseRobots).toContain(`Sitemap: ${ORIGIN}${BASE_PATH}/sitemap.xml`);
});
