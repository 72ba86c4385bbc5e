/**
 * Hostile and malformed messages, in real cross-site iframes: they change nothing on either side
 * and throw nothing (the shared fixture fails a test on any console error or page error, in any
 * frame).
 */
import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { EMBEDDABLE, expectSizedToContent, hostUrl } from './fixtures/embeds';
import { HOST_ORIGIN } from './fixtures/ports';

const VALID_VIEWPORT = { type: 'maduro-embed', kind: 'viewport', top: -100, height: 800, width: 1200 };
const HTML = '<img src=x onerror="document.title=\'pwned\'">';
const pym = (type: string, payload: string, id = 'probe') => `pymxPYMx${id}xPYMx${type}xPYMx${payload}`;

/** Right sender, wrong message. */
const MALFORMED: unknown[] = [
	{ ...VALID_VIEWPORT, top: NaN },
	{ ...VALID_VIEWPORT, height: Infinity },
	{ ...VALID_VIEWPORT, top: -Infinity },
	{ ...VALID_VIEWPORT, height: -800 },
	{ ...VALID_VIEWPORT, width: 0 },
	{ ...VALID_VIEWPORT, height: 1e9 },
	{ ...VALID_VIEWPORT, top: 1e15 },
	{ ...VALID_VIEWPORT, height: '800' },
	{ ...VALID_VIEWPORT, top: HTML },
	{ ...VALID_VIEWPORT, href: 'javascript:alert(1)' },
	{ ...VALID_VIEWPORT, html: HTML },
	{ type: 'maduro-embed', kind: 'viewport', top: 0, height: 800 },
	{ ...VALID_VIEWPORT, kind: 'navigate' },
	{ ...VALID_VIEWPORT, type: HTML },
	{ type: 'maduro-embed', kind: 'viewport', top: [0], height: [800], width: [1200] },
	[VALID_VIEWPORT],
	null,
	0,
	true,
	HTML,
	'x'.repeat(100_000),
	pym('viewport-iframe-position', 'NaN 800 0 0 1 1200'),
	pym('viewport-iframe-position', '1200 Infinity 0 0 1 1200'),
	pym('viewport-iframe-position', '1200 -800 0 0 1 1200'),
	pym('viewport-iframe-position', '1200 800 1e400 0 1 1200'),
	pym('viewport-iframe-position', '1200 800 999999999999 0 1 1200'),
	pym('viewport-iframe-position', HTML),
	pym('viewport-iframe-position', '1200 800 -100 0 1 1200', 'someone-else'),
	pym('navigateTo', 'javascript:document.title="pwned"'),
	pym('navigateTo', `${HOST_ORIGIN}/blank.html`),
	pym('scrollToChildPos', '100'),
	pym('width', HTML),
	// WordPress's dialect, to a frame whose URL carries no secret: nothing is ours to answer.
	{ message: 'ready', secret: 'probe' },
	{ message: 'ready', secret: HTML },
	{ message: 'ready', secret: '' },
	{ message: 'height', value: 5, secret: 'probe' },
	{ message: 'link', value: 'javascript:document.title="pwned"', secret: 'probe' }
];

/** Reads what the embedded story shows and where it is, to compare before and after. */
async function snapshot(frame: Frame) {
	return frame.evaluate(() => ({
		url: location.href,
		title: document.title,
		layout: document.querySelector('.embed-story')?.getAttribute('data-layout'),
		step: document.querySelector('.embed-story')?.getAttribute('data-active-step'),
		images: document.images.length,
		scripts: document.scripts.length
	}));
}

async function embedFrame(page: Page, selector: string): Promise<Frame> {
	return (await (await page.locator(selector).elementHandle())!.contentFrame())!;
}

/** Adds an iframe of the host's own site beside the embed: a window that is neither embed nor parent. */
async function addSibling(page: Page): Promise<Frame> {
	await page.evaluate(() => {
		const sibling = document.createElement('iframe');
		sibling.name = 'sibling';
		sibling.srcdoc = '<p>sibling</p>';
		document.body.append(sibling);
	});
	await expect.poll(() => page.frame('sibling')?.evaluate(() => document.readyState)).toBe('complete');
	return page.frame('sibling')!;
}

test('hostile messages to the embedded story change nothing and throw nothing', async ({ page }) => {
	await page.goto(hostUrl('plain', ['/embed/story/?childId=probe']));
	const frame = await embedFrame(page, '#embed-0');
	await expect(page.frameLocator('#embed-0').locator('.embed-story')).toHaveAttribute(
		'data-layout',
		'linear'
	);
	const before = await snapshot(frame);

	// The wrong senders, with a message that would be obeyed from the right one.
	await frame.evaluate(
		({ own, pymViewport }) => {
			window.postMessage(own, '*');
			window.postMessage(pymViewport, '*');
		},
		{ own: VALID_VIEWPORT, pymViewport: pym('viewport-iframe-position', '1200 800 -100 0 1 1200') }
	);
	const sibling = await addSibling(page);
	await sibling.evaluate((own) => {
		(parent.document.getElementById('embed-0') as HTMLIFrameElement).contentWindow!.postMessage(own, '*');
	}, VALID_VIEWPORT);

	// The right sender, the wrong messages; then a pym.js width ping, answered only once all
	// earlier messages from the parent have been handled.
	const answered = await page.evaluate(
		({ messages, ping }) =>
			new Promise<string>((resolve) => {
				addEventListener('message', (e) => {
					if (typeof e.data === 'string' && e.data.startsWith('pymxPYMxprobexPYMxheightxPYMx'))
						resolve(e.data);
				});
				const embed = (document.getElementById('embed-0') as HTMLIFrameElement).contentWindow!;
				for (const m of messages) embed.postMessage(m, '*');
				embed.postMessage(ping, '*');
			}),
		{ messages: MALFORMED, ping: pym('width', '390') }
	);
	expect(answered).toMatch(/^pymxPYMxprobexPYMxheightxPYMx\d+$/);

	expect(await snapshot(frame)).toEqual(before);
	expect(await page.title()).toBe('Plain host');

	// The same channel obeys a well-formed message from the parent: the silence above was refusal.
	await page.evaluate((own) => {
		(document.getElementById('embed-0') as HTMLIFrameElement).contentWindow!.postMessage(own, '*');
	}, VALID_VIEWPORT);
	await expect(page.frameLocator('#embed-0').locator('.embed-story')).toHaveAttribute('data-layout', 'host');
});

test('the loader ignores heights from the wrong window, the wrong origin or of the wrong shape', async ({
	page
}) => {
	await page.goto(hostUrl('loader', [`/embed/${EMBEDDABLE[0]}/`]));
	const height = await expectSizedToContent(page, '#embed-0');
	const iframe = page.locator('#embed-0');
	const fake = { type: 'maduro-embed', kind: 'height', height: 77 };

	/** Runs `send` in `from`, then waits for a sentinel from the same window: FIFO says the rest came first. */
	async function sendFrom(from: Frame, messages: unknown[]) {
		await page.evaluate(() => {
			(window as unknown as { done: Promise<void> }).done = new Promise<void>((resolve) => {
				addEventListener('message', (e) => {
					if ((e.data as { sentinel?: string } | null)?.sentinel === 'test-done') resolve();
				});
			});
		});
		await from.evaluate((messages) => {
			for (const m of messages) parent.postMessage(m, '*');
			parent.postMessage({ sentinel: 'test-done' }, '*');
		}, messages);
		await page.evaluate(() => (window as unknown as { done: Promise<void> }).done);
		await expect(iframe).toHaveCSS('height', `${height}px`);
	}

	// From the host page itself: not the iframe's window.
	await sendFrom(page.mainFrame(), [fake]);

	// From a sibling iframe on the host's site.
	await sendFrom(await addSibling(page), [fake]);

	// From the embed itself, malformed.
	const embed = await embedFrame(page, '#embed-0');
	await sendFrom(embed, [
		{ ...fake, height: NaN },
		{ ...fake, height: Infinity },
		{ ...fake, height: -5 },
		{ ...fake, height: 0 },
		{ ...fake, height: 1e9 },
		{ ...fake, height: '77' },
		{ ...fake, height: HTML },
		{ ...fake, kind: 'navigate', href: 'javascript:alert(1)' },
		HTML,
		null
	]);

	// From the iframe's window, once it shows a page of another origin than the embed's.
	const elsewhere = `${HOST_ORIGIN}/blank.html`;
	await embed.evaluate((url) => location.assign(url), elsewhere);
	await expect.poll(async () => (await embedFrame(page, '#embed-0')).url()).toBe(elsewhere);
	const navigated = await embedFrame(page, '#embed-0');
	await expect.poll(() => navigated.evaluate(() => document.readyState)).toBe('complete');
	await sendFrom(navigated, [fake]);
	expect(await page.title()).toBe('Loader host');
});
