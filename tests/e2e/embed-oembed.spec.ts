/**
 * A pasted link: oEmbed discovery on every embeddable page and the story page, each answer a static
 * file for its own embed and edition; and WordPress, as a host that finds the embed by oEmbed,
 * keeps only its iframe (sandboxed, with a secret) and sizes it by WordPress's protocol
 * (tests/e2e/fixtures/host-server.mjs, /wordpress.html). The shared fixture fails a test on any
 * console error or CSP violation in the page or any of its frames.
 */
import type { Frame, Page } from '@playwright/test';
import { OEMBED_WIDTH } from '../../src/lib/embed/snippets';
import { expect, inEveryEdition, test } from './fixtures';
import { EMBEDDABLE, embedOpening, landPixels, MIN_LAND, stepsOf } from './fixtures/embeds';
import { APP_ORIGIN, HOST_ORIGIN } from './fixtures/ports';

interface OEmbed {
	[key: string]: unknown;
	html: string;
	height: number;
}

const REQUIRED = {
	version: 'string',
	type: 'string',
	title: 'string',
	provider_name: 'string',
	provider_url: 'string',
	author_name: 'string',
	html: 'string',
	width: 'number',
	height: 'number',
	thumbnail_url: 'string',
	thumbnail_width: 'number',
	thumbnail_height: 'number',
	cache_age: 'number'
} as const;

/** The page's oEmbed discovery link, as a consumer reads it from the HTML. */
async function discovery(page: Page, path: string): Promise<string> {
	const html = await (await page.request.get(path)).text();
	const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)];
	expect(links, path).toHaveLength(1);
	return links[0]![1]!.replace(/&amp;/g, '&');
}

const wordpressUrl = (links: string[], extra: Record<string, string> = {}) => {
	const query = new URLSearchParams(extra);
	for (const link of links) query.append('url', link);
	return `${HOST_ORIGIN}/wordpress.html?${query}`;
};

async function frameOf(page: Page, selector: string): Promise<Frame> {
	return (await (await page.locator(selector).elementHandle())!.contentFrame())!;
}

/** Waits until the frame's height attribute, set by the host, is its content's height within 4 px. */
async function expectWordPressSized(page: Page, selector: string): Promise<number> {
	const frame = await frameOf(page, selector);
	let content = 0;
	await expect
		.poll(async () => {
			content = await frame.evaluate(() =>
				Math.ceil(document.documentElement.getBoundingClientRect().height)
			);
			const box = (await page.locator(selector).boundingBox())!;
			return Math.abs(box.height - content);
		})
		.toBeLessThanOrEqual(4);
	return content;
}

inEveryEdition((edition) => {
	const embeds = [...EMBEDDABLE.map((g) => `${edition.path}embed/${g}/`), `${edition.path}embed/story/`];

	test('every embeddable page and the story page name their oEmbed file, which frames that page, with a card', async ({
		page
	}) => {
		for (const path of [...embeds, edition.path]) {
			const href = await discovery(page, path);
			const framed = path === edition.path ? `${edition.path}embed/story/` : path;
			expect(href, path).toBe(`${APP_ORIGIN}${framed}oembed.json`);
			const response = await page.request.get(href);
			expect(response.status(), href).toBe(200);
			expect(response.headers()['content-type'], href).toMatch(/^application\/json/);
			const answer = (await response.json()) as OEmbed;
			for (const [key, type] of Object.entries(REQUIRED))
				expect(typeof answer[key], `${href} ${key}`).toBe(type);
			expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: OEMBED_WIDTH });
			expect(answer.height, href).toBeGreaterThanOrEqual(200);
			expect(answer.height, href).toBeLessThanOrEqual(1000);
			// The iframe alone, on the very page the link sits on (the story's: its embed), at the
			// answer's size; nothing a host must run.
			expect(answer.html, href).toMatch(/^<iframe [^<]*><\/iframe>$/);
			expect(answer.html, href).toContain(` src="${APP_ORIGIN}${framed}"`);
			expect(answer.html, href).toContain(` width="${OEMBED_WIDTH}" height="${answer.height}"`);
			const thumbnail = await page.request.get(answer.thumbnail_url as string);
			expect(thumbnail.status(), answer.thumbnail_url as string).toBe(200);
			expect(thumbnail.headers()['content-type']).toBe('image/png');
			// A file, not an endpoint: asking it about another site changes nothing.
			const asked = await page.request.get(
				`${href}?url=${encodeURIComponent('https://evil.example/')}&format=xml`
			);
			expect(await asked.text()).toBe(await response.text());
		}
	});

	test('the oEmbed height is each graphic’s height at that width, and every graphic fits in 1000 px from 320 to 700 px wide', async ({
		page
	}) => {
		test.slow();
		for (const graphic of EMBEDDABLE) {
			const path = `${edition.path}embed/${graphic}/`;
			const answer = (await (await page.request.get(`${path}oembed.json`)).json()) as OEmbed;
			for (const width of [320, 700, OEMBED_WIDTH]) {
				await page.setViewportSize({ width, height: 900 });
				await page.goto(path);
				await expect(page.locator('main.embed')).toHaveAttribute(
					'data-active-step',
					embedOpening(graphic).id
				);
				const height = () =>
					page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
				if (width === OEMBED_WIDTH)
					expect(
						Math.abs((await height()) - answer.height),
						`${path}: measured ${await height()}`
					).toBeLessThanOrEqual(16);
				// Every state, at this width: WordPress cuts a frame off at 1000 px.
				for (const dot of await page.locator('.controls .dot').all()) {
					await dot.click();
					expect(await height(), `${path} at ${width} px`).toBeLessThanOrEqual(1000);
				}
			}
		}
	});

	for (const width of [360, 600]) {
		test(`pasted into a WordPress page ${width} px wide, every graphic is sized to its content by the protocol, steps, and draws its land`, async ({
			page
		}) => {
			test.slow();
			await page.goto(
				wordpressUrl(
					EMBEDDABLE.map((g) => `${edition.path}embed/${g}/`),
					{ width: String(width) }
				)
			);
			for (const [i, graphic] of EMBEDDABLE.entries()) {
				const selector = `#wp-${i} iframe`;
				const iframe = page.locator(selector);
				await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
				await expect(iframe).toHaveAttribute('src', /#\?secret=[A-Za-z0-9]{10}$/);
				expect((await iframe.boundingBox())!.width).toBe(width);
				const frame = page.frameLocator(selector);
				const root = frame.locator('main.embed');
				const own = stepsOf(graphic);
				await expect(root).toHaveAttribute('data-active-step', embedOpening(graphic).id);
				await expectWordPressSized(page, selector);
				if (graphic === 'map') {
					await expect
						.poll(
							async () => (await landPixels(page, frame.locator('[data-graphic="map"] svg').first())).land
						)
						.toBeGreaterThan(MIN_LAND);
				}
				await frame.locator('.controls .dot').first().click();
				await expect(root).toHaveAttribute('data-active-step', own[0]!.id);
				await expect(frame.locator(`[data-graphic="${graphic}"]`)).toHaveAttribute(
					'data-state',
					own[0]!.state!
				);
				await expectWordPressSized(page, selector);
			}
		});
	}

	test('the story’s own link pasted into WordPress gives a frame of 1000 px whose own scrolling drives the steps, to the end', async ({
		page
	}) => {
		test.slow();
		await page.goto(wordpressUrl([edition.path], { width: '600' }));
		const selector = '#wp-0 iframe';
		await expect(page.locator(selector)).toHaveAttribute(
			'src',
			new RegExp(`${edition.path}embed/story/#\\?secret=`)
		);
		// Capped by the host: the story is many times taller.
		await expect(page.locator(selector)).toHaveAttribute('height', '1000');
		const frame = await frameOf(page, selector);
		const root = page.frameLocator(selector).locator('.embed-story');
		await expect(root).toHaveAttribute('data-layout', 'host');
		const steps = edition.steps;
		await page.locator(selector).scrollIntoViewIfNeeded();
		for (const step of [steps[1]!, steps[Math.floor(steps.length / 2)]!, steps.at(-1)!]) {
			// The frame scrolls itself, as a reader's wheel inside it would.
			await frame.evaluate((id) => {
				const card = document.querySelector(`[data-step-id="${id}"]`)!;
				const rect = card.getBoundingClientRect();
				window.scrollBy({ top: rect.top + rect.height / 2 - window.innerHeight * 0.5, behavior: 'instant' });
			}, step.id);
			await expect(root).toHaveAttribute('data-active-step', step.id);
		}
		// And it reads to the end: the sources, below the last step, come into the frame's view.
		await frame.evaluate(() =>
			window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
		);
		await expect(page.frameLocator(selector).locator('main > :last-child')).toBeInViewport();
		await expect(root).toHaveAttribute('data-active-step', steps.at(-1)!.id);
	});
});

test.describe('WordPress’s protocol, hostile', () => {
	const graphic = `/embed/${EMBEDDABLE[0]}/`;

	/** Every message the frame sent before this call has reached the host (one window's messages keep their order). */
	async function drained(page: Page, frame: Frame): Promise<void> {
		const done = page.evaluate(
			() =>
				new Promise<void>((resolve) =>
					addEventListener('message', (e) => {
						if ((e.data as { sentinel?: string } | null)?.sentinel === 'test-done') resolve();
					})
				)
		);
		await frame.evaluate(() => parent.postMessage({ sentinel: 'test-done' }, '*'));
		await done;
	}

	for (const secret of ['abc-123', 'abc123%3Cimg%3E', `${'a'.repeat(65)}`]) {
		test(`a secret of anything but letters and digits (${secret.slice(0, 16)}) is ignored: the frame says nothing in that dialect`, async ({
			page
		}) => {
			await page.goto(wordpressUrl([graphic], { secret }));
			const frame = await frameOf(page, '#wp-0 iframe');
			await expect(page.frameLocator('#wp-0 iframe').locator('main.embed')).toHaveAttribute(
				'data-active-step',
				/.+/
			);
			await drained(page, frame);
			const heard = await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard);
			// It spoke (its other dialects), just not WordPress's.
			expect(heard).toContainEqual(expect.objectContaining({ type: 'maduro-embed', kind: 'height' }));
			expect(await page.evaluate(() => (window as unknown as { wpHeard: unknown[] }).wpHeard)).toEqual([]);
		});
	}

	test('a ready with the wrong secret gets no answer; the right one gets the height again', async ({
		page
	}) => {
		const secret = 'Right12345';
		await page.goto(wordpressUrl([graphic], { secret }));
		const frame = await frameOf(page, '#wp-0 iframe');
		await expect(page.frameLocator('#wp-0 iframe').locator('main.embed')).toHaveAttribute(
			'data-active-step',
			/.+/
		);
		await expectWordPressSized(page, '#wp-0 iframe');
		await drained(page, frame);
		const heights = () =>
			page.evaluate(
				() =>
					(window as unknown as { wpHeard: { message: string; secret: string }[] }).wpHeard.filter(
						(m) => m.message === 'height'
					).length
			);
		const before = await heights();
		expect(before).toBeGreaterThan(0);
		await page.evaluate(
			(wrong) =>
				document
					.querySelector<HTMLIFrameElement>('#wp-0 iframe')!
					.contentWindow!.postMessage({ message: 'ready', secret: wrong }, '*'),
			'Wrong12345'
		);
		await page.evaluate(
			(right) =>
				document
					.querySelector<HTMLIFrameElement>('#wp-0 iframe')!
					.contentWindow!.postMessage({ message: 'ready', secret: right }, '*'),
			secret
		);
		await expect.poll(heights).toBeGreaterThan(before);
		await drained(page, frame);
		expect(await heights()).toBe(before + 1);
	});
});
