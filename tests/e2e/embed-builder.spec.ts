import { expect, test } from './fixtures';
import { EMBEDDABLE, stepsOf } from './fixtures/embeds';

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
	await expect(frame.locator('main.embed')).toHaveAttribute('data-active-step', stepsOf(graphic).at(-1)!.id);
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
