import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import svelteConfig from '../../svelte.config.js';
import { BASE_PATH } from '../../playwright.config';
import { expect, test } from './fixtures';
import { EMBEDDABLE, embedOpening, expectSizedToContent, stepsOf } from './fixtures/embeds';
import { HOST_ORIGIN } from './fixtures/ports';

test('the snippet builder offers every embed, writes three codes and copies them', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/embed/');
	const origin = new URL(page.url()).origin;
	const target = page.getByLabel('What to embed');
	await expect(target.locator('option')).toHaveCount(EMBEDDABLE.length + 1);
	await expect(page.locator('[data-snippet="loader"]')).toContainText(`${origin}/embed/story/`);

	// Readers' names, never ids, for the graphics and their steps.
	const names = async (select: string) =>
		(await page.getByLabel(select).locator('option').allTextContents()).map((t) => t.trim());
	for (const name of await names('What to embed')) expect(EMBEDDABLE).not.toContain(name);

	const graphic = EMBEDDABLE[0]!;
	const step = stepsOf(graphic)[1]!;
	await target.selectOption(graphic);
	// The step list is redrawn for the graphic once the page is awake: wait for it, then read it.
	await expect(page.getByLabel('First step').locator('option')).toHaveCount(stepsOf(graphic).length + 1);
	const stepNames = await names('First step');
	expect(stepNames.slice(1)).toEqual(stepsOf(graphic).map((_, i, all) => `Step ${i + 1} of ${all.length}`));
	await page.getByLabel('Theme').selectOption('dark');
	await page.getByLabel('First step').selectOption(step.id);
	const url = `${origin}/embed/${graphic}/?theme=dark&amp;step=${step.id}`;
	const loader = page.locator('[data-snippet="loader"]');
	await expect(loader).toContainText(`<iframe src="${url}"`);
	await expect(loader).toContainText('data-maduro-embed');
	await expect(loader).toContainText(`<script async src="${origin}/embed.js"></script>`);
	await expect(page.locator('[data-snippet="pym"]')).toContainText(`data-pym-src="${url}"`);
	await expect(page.locator('[data-snippet="plain"]')).toContainText(`<iframe src="${url}"`);
	await expect(page.locator('[data-snippet="plain"]')).not.toContainText('<script');

	await page.locator('section.code').filter({ has: loader }).getByRole('button').click();
	await expect(page.locator('section.code').filter({ has: loader }).getByRole('button')).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await loader.textContent());

	// The whole story has no step to start from: it starts where the host's reader is.
	await target.selectOption('story');
	await expect(page.getByLabel('First step')).toBeDisabled();
	await expect(loader).toContainText(`${origin}/embed/story/?theme=dark"`);
});

test('the builder previews the embed live, at phone and desktop widths, sized by the loader', async ({
	page
}) => {
	const graphic = EMBEDDABLE[0]!;
	await page.goto('/embed/');
	await page.getByLabel('What to embed').selectOption(graphic);
	const preview = page.locator('.stage iframe');
	await expect(preview).toHaveAttribute('src', new RegExp(`/embed/${graphic}/$`));
	const frame = page.frameLocator('.stage iframe');
	await expect(frame.locator('main.embed')).toHaveAttribute('data-active-step', embedOpening(graphic).id);
	const sized = async () => {
		const content = await frame
			.locator('html')
			.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
		return Math.abs((await preview.boundingBox())!.height - content);
	};
	await expect(preview).toHaveCSS('width', '375px');
	await expect.poll(sized).toBeLessThanOrEqual(1);
	const phoneHeight = (await preview.boundingBox())!.height;

	await page.getByLabel('Desktop').check();
	await expect(preview).toHaveCSS('width', '1024px');
	await expect.poll(sized).toBeLessThanOrEqual(1);
	expect((await preview.boundingBox())!.height).not.toBe(phoneHeight);
});

test('the codes point at the configured ORIGIN and BASE_PATH, whatever address the builder is opened at', async ({
	page
}) => {
	const origin = svelteConfig.kit!.prerender!.origin!;
	// The same server under another name, as a preview host or a redirect would show it.
	await page.goto(`${origin.replace('127.0.0.1', 'localhost')}${BASE_PATH}/embed/`);
	for (const [kind, address] of [
		['loader', `${origin}${BASE_PATH}/embed/story/`],
		['loader', `${origin}${BASE_PATH}/embed.js`],
		['pym', `${origin}${BASE_PATH}/pym.v1.min.js`],
		['plain', `${origin}${BASE_PATH}/embed/story/`]
	] as const)
		await expect(page.locator(`[data-snippet="${kind}"]`)).toContainText(`"${address}`);
	await expect(page.locator('[data-snippet="pym"]')).not.toContainText('nprapps');
});

test('the pym.js code loads the site’s own pinned copy, checked by its hash, and sizes the embed', async ({
	page,
	request
}) => {
	await page.goto('/embed/');
	const code = (await page.locator('[data-snippet="pym"]').textContent())!;
	const src = /<script src="([^"]+)"/.exec(code)![1]!;
	const served = await request.get(src);
	expect(served.headers()['access-control-allow-origin']).toBe('*');
	const body = await served.body();
	expect(body.equals(readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js')))).toBe(
		true
	);
	expect(code).toContain(`integrity="sha384-${createHash('sha384').update(body).digest('base64')}"`);

	// Pasted into a page on another site.
	await page.goto(`${HOST_ORIGIN}/blank.html`);
	await page.evaluate((html) => {
		const pasted = new DOMParser().parseFromString(html, 'text/html').body;
		const script = pasted.querySelector('script')!;
		document.querySelector('.column')!.append(pasted.querySelector('div')!);
		// A script parsed elsewhere does not run: make it anew, with its attributes.
		const run = document.createElement('script');
		for (const { name, value } of script.attributes) run.setAttribute(name, value);
		document.body.append(run);
	}, code);
	await expect(page.frameLocator('[data-pym-src] iframe').locator('.embed-story')).toHaveAttribute(
		'data-layout',
		'host'
	);
	await expectSizedToContent(page, '[data-pym-src] iframe');
});

test('form values altered in the builder’s page write no markup and frame nothing but the embeds', async ({
	page
}) => {
	await page.goto('/embed/');
	await expect(page.locator('.stage iframe')).toHaveAttribute('src', /\/embed\/story\/$/);
	const HOSTILE = '"><script>document.title="pwned"</script><x y="';
	await page.evaluate((value) => {
		for (const select of document.querySelectorAll('form select')) {
			(select as HTMLSelectElement).disabled = false;
			select.append(Object.assign(document.createElement('option'), { value, textContent: 'altered' }));
		}
	}, HOSTILE);
	for (const name of ['target', 'edition', 'theme', 'step']) {
		await page.locator(`select[name="${name}"]`).selectOption(HOSTILE);
		// Each code is exactly its elements, whatever the form said.
		const shapes = await page.evaluate(() =>
			['loader', 'pym', 'plain'].map((kind) => {
				const code = document.querySelector(`[data-snippet="${kind}"]`)!.textContent!;
				const body = new DOMParser().parseFromString(code, 'text/html').body;
				return [...body.querySelectorAll('*')].map((el) => `${el.tagName}:${el.textContent}`);
			})
		);
		expect(shapes, name).toEqual([['IFRAME:', 'SCRIPT:'], ['DIV:', 'SCRIPT:'], ['IFRAME:']]);
		const src = (await page.locator('.stage iframe').getAttribute('src'))!;
		expect(src, name).toMatch(
			new RegExp(`^${new URL(page.url()).origin}(/es)?/embed/[\\w-]+/(\\?[\\w=&%.-]*)?$`)
		);
	}
	expect(await page.title()).not.toBe('pwned');
	await expect(page.frameLocator('.stage iframe').locator('main')).toBeAttached();
});
