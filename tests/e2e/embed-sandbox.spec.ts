/**
 * Embeds in sandboxed frames, as WordPress, CMS sanitizers and AMP frame them: every embed of
 * each edition, framed by the loader in an ordinary iframe, in `sandbox="allow-scripts"` (a page
 * of no origin, whose modules load only with CORS) and in `sandbox="allow-scripts
 * allow-same-origin"` (amp-iframe), draws with its map's land, wakes, steps, is sized to its
 * content and, for the story, follows the host's scrolling; through pym.js too; and under
 * `sandbox=""`, with no script at all, shows every graphic finished. The shared fixture fails a
 * test on any console error or CSP violation in the page or any frame: a storage, service worker
 * or cookie call that throws in an opaque origin would fail it.
 */
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, expectedShown, inEveryEdition, steps, test } from './fixtures';
import type { GraphicId } from '../../src/lib/graphics/index';
import {
	EMBEDDABLE,
	embedOpening,
	expectSizedToContent,
	hostScrollToStep,
	hostUrl,
	landPixels,
	MIN_LAND,
	stepsOf
} from './fixtures/embeds';

/** The frames an embed must work in: the host fixture's `?sandbox=` names, and none. */
const FRAMES = [
	{ name: 'an ordinary iframe', sandbox: null },
	{ name: 'sandbox="allow-scripts"', sandbox: 'scripts' },
	{ name: 'sandbox="allow-scripts allow-same-origin"', sandbox: 'same-origin' }
] as const;

/** Land and Venezuela both painted: a map whose base shapes failed to load paints only sea. */
async function expectLand(page: Page, map: Locator): Promise<void> {
	// Polled: an embedded story moves its graphic as the host scrolls, and a shot can catch it moving.
	await expect
		.poll(async () => (await landPixels(page, map)).land, { message: 'land' })
		.toBeGreaterThan(MIN_LAND);
	expect((await landPixels(page, map)).focus, 'Venezuela').toBeGreaterThan(0.005);
}

/** A single-graphic embed, awake in its frame on its opening step: a dot steps it to its first step, and on to its last. */
async function expectSteps(frame: FrameLocator, graphic: GraphicId): Promise<void> {
	const own = stepsOf(graphic);
	const [first, last] = [own[0]!, own.at(-1)!];
	const root = frame.locator('main.embed');
	const figure = frame.locator(`[data-graphic="${graphic}"]`);
	await expect(root).toHaveAttribute('data-active-step', embedOpening(graphic).id);
	// Dispatched on the button itself: the host resizes the frame as the embed settles, and a
	// pointer click aimed a moment earlier can land beside a dot (seen once in four full runs).
	await frame.locator('.controls .dot').first().dispatchEvent('click');
	await expect(root).toHaveAttribute('data-active-step', first.id);
	await expect(figure).toHaveAttribute('data-state', first.state!);
	await frame.locator('.controls .dot').last().dispatchEvent('click');
	await expect(figure).toHaveAttribute('data-state', last.state!);
}

/** A story step some way in whose graphic is drawn, and the map's first step. */
const LATER = steps.filter((s) => s.graphic && s.graphic !== 'map').at(-1)!;

inEveryEdition((edition) => {
	const embeds = [...EMBEDDABLE.map((g) => `${edition.path}embed/${g}/`), `${edition.path}embed/story/`];
	const story = embeds.length - 1;

	for (const { name, sandbox } of FRAMES) {
		test(`every embed works with the loader in ${name}`, async ({ page }) => {
			// Seven embeds woken, stepped and sized, one after another.
			test.slow();
			await page.goto(hostUrl('loader', embeds, sandbox ? { sandbox } : {}));
			for (const [i, graphic] of EMBEDDABLE.entries()) {
				const frame = page.frameLocator(`#embed-${i}`);
				await expectSizedToContent(page, `#embed-${i}`);
				await expectSteps(frame, graphic);
				if (graphic === 'map') await expectLand(page, frame.locator('[data-graphic="map"] svg').first());
				// A step can change the height: the host follows.
				await expectSizedToContent(page, `#embed-${i}`);
			}
			const frame = page.frameLocator(`#embed-${story}`);
			const root = frame.locator('.embed-story');
			await expect(root).toHaveAttribute('data-layout', 'host');
			await expectSizedToContent(page, `#embed-${story}`);
			await hostScrollToStep(page, `#embed-${story}`, steps[0]!.id);
			await expect(root).toHaveAttribute('data-active-step', steps[0]!.id);
			await expectLand(page, frame.locator('[data-graphic="map"] svg').first());
			await hostScrollToStep(page, `#embed-${story}`, LATER.id);
			await expect(root).toHaveAttribute('data-active-step', LATER.id);
			const shown = expectedShown(LATER.index)!;
			await expect(frame.locator(`[data-graphic="${shown.graphic}"]`)).toHaveAttribute(
				'data-state',
				shown.state
			);
		});
	}

	test('with no script at all (sandbox=""), every embed shows its graphics finished, the map’s land included', async ({
		page,
		pageErrors
	}) => {
		test.slow();
		for (const path of embeds) {
			// Tall enough for the story's map: a frame with no script cannot be scrolled from inside.
			await page.goto(hostUrl('plain', [path], { sandbox: 'none', height: '3000' }));
			const frame = page.frameLocator('#embed-0');
			const figures = frame.locator('figure[data-graphic]');
			await expect(figures.first()).toBeAttached();
			for (const figure of await figures.all()) {
				const graphic = (await figure.getAttribute('data-graphic'))!;
				// A graphic's embed opens where its card does; the story's draws each graphic's final state.
				const finished = path.includes('/embed/story/')
					? stepsOf(graphic as GraphicId).at(-1)!
					: embedOpening(graphic as GraphicId);
				await expect(figure, path).toHaveAttribute('data-state', finished.state!);
				const chart = figure.locator('svg').first();
				expect((await chart.boundingBox())!.height, `${path} ${graphic}`).toBeGreaterThan(100);
				if (graphic === 'map') await expectLand(page, chart);
			}
		}
		// The browser's own word for each script it did not run: the frame asked for no scripts.
		expect(pageErrors.filter((e) => !/Blocked script execution in .* 'allow-scripts'/.test(e))).toEqual([]);
		pageErrors.splice(0);
	});
});

for (const sandbox of ['scripts', 'same-origin'] as const) {
	test(`through pym.js in ${FRAMES.find((f) => f.sandbox === sandbox)!.name}, a graphic is sized and steps, and the story follows the host`, async ({
		page
	}) => {
		const map = '/embed/map/';
		await page.goto(hostUrl('pym', [map], { sandbox }));
		const selector = '#pym-embed iframe';
		await expect(page.locator(selector)).toHaveAttribute(
			'sandbox',
			sandbox === 'scripts' ? 'allow-scripts' : 'allow-scripts allow-same-origin'
		);
		await expectSizedToContent(page, selector);
		await expectSteps(page.frameLocator(selector), 'map');
		await expectLand(page, page.frameLocator(selector).locator('[data-graphic="map"] svg').first());

		await page.goto(hostUrl('pym', ['/es/embed/story/'], { sandbox, trackscroll: '1' }));
		const root = page.frameLocator(selector).locator('.embed-story');
		await expect(root).toHaveAttribute('data-layout', 'host');
		await hostScrollToStep(page, selector, LATER.id);
		await expect(root).toHaveAttribute('data-active-step', LATER.id);
	});
}

test('the embeds that draw the map carry its shapes in their page; the story page and the other embeds do not', async ({
	request
}) => {
	const inline = 'id="map-base-land"';
	for (const edition of ['/', '/es/']) {
		for (const path of ['embed/map/', 'embed/story/'])
			expect(await (await request.get(`${edition}${path}`)).text(), path).toContain(inline);
		for (const path of ['', 'embed/', ...EMBEDDABLE.filter((g) => g !== 'map').map((g) => `embed/${g}/`)])
			expect(await (await request.get(`${edition}${path}`)).text(), path).not.toContain(inline);
	}
});
