/**
 * The loader on host pages as CMSs leave them: attributes stripped, the snippet pasted twice,
 * elements whose names become globals. Real cross-site iframes (host pages on localhost).
 */
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EMBEDDABLE, expectSizedToContent, hostUrl } from './fixtures/embeds';

const GRAPHIC = `/embed/${EMBEDDABLE[0]}/`;
const STORY = '/embed/story/';

async function frameOf(page: Page, selector: string): Promise<Frame> {
	return (await (await page.locator(selector).elementHandle())!.contentFrame())!;
}

/**
 * Counts the messages `frame` receives while the host scrolls once and the loader answers (one
 * animation frame), up to a sentinel the host sends after it: messages from one window arrive in order.
 */
async function messagesOnScroll(page: Page, frame: Frame, selector: string): Promise<number> {
	const counted = frame.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let count = 0;
				addEventListener('message', (e) => {
					if ((e.data as { sentinel?: string } | null)?.sentinel === 'test-done') resolve(count);
					else count++;
				});
				(window as unknown as { listening: boolean }).listening = true;
			})
	);
	await expect
		.poll(() => frame.evaluate(() => (window as unknown as { listening?: boolean }).listening))
		.toBe(true);
	await page.evaluate(async (selector) => {
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		window.scrollBy(0, 10);
		await frame();
		await frame();
		(document.querySelector(selector) as HTMLIFrameElement).contentWindow!.postMessage(
			{ sentinel: 'test-done' },
			'*'
		);
	}, selector);
	return counted;
}

test('the loader sizes and drives embeds whose data-maduro-embed a CMS stripped', async ({ page }) => {
	await page.goto(hostUrl('loader', [GRAPHIC, STORY], { bare: '1' }));
	await expect(page.locator('iframe[data-maduro-embed]')).toHaveCount(0);
	await expectSizedToContent(page, '#embed-0');
	await expectSizedToContent(page, '#embed-1');
	await expect(page.frameLocator('#embed-1').locator('.embed-story')).toHaveAttribute('data-layout', 'host');
});

test('the loader tells its viewport only to the iframes that sent our height', async ({ page }) => {
	await page.goto(hostUrl('loader', [STORY], { bare: '1' }));
	await expect(page.frameLocator('#embed-0').locator('.embed-story')).toHaveAttribute('data-layout', 'host');
	// An iframe of the host's own, which never speaks to the loader.
	await page.evaluate(() => {
		const other = Object.assign(document.createElement('iframe'), { id: 'other', srcdoc: '<p>other</p>' });
		document.querySelector('#embed-0')!.after(other);
	});
	await expect
		.poll(async () => (await frameOf(page, '#other')).evaluate(() => document.readyState))
		.toBe('complete');
	expect(await messagesOnScroll(page, await frameOf(page, '#other'), '#other')).toBe(0);
	expect(await messagesOnScroll(page, await frameOf(page, '#embed-0'), '#embed-0')).toBe(1);
});

test('an element named maduroEmbed cannot switch the loader off, and pasted twice it installs once', async ({
	page
}) => {
	await page.goto(hostUrl('loader', [STORY], { named: '1', twice: '1' }));
	// The elements are there, under that name, as the page's globals.
	expect(await page.evaluate(() => typeof (window as unknown as { maduroEmbed: unknown }).maduroEmbed)).toBe(
		'object'
	);
	await expect(page.locator('script[src$="/embed.js"]')).toHaveCount(2);
	await expectSizedToContent(page, '#embed-0');
	await expect(page.frameLocator('#embed-0').locator('.embed-story')).toHaveAttribute('data-layout', 'host');
	// One loader: one viewport message per frame, not two.
	expect(await messagesOnScroll(page, await frameOf(page, '#embed-0'), '#embed-0')).toBe(1);
});
