import type { Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_PATH } from '../../playwright.config';
import { isEditionSegment } from '../../src/lib/i18n/editions';
import { cacheName } from '../../src/lib/offline/offline';
import { builtPages, expect, hydrated, steps, test } from './fixtures';
import { EMBEDDABLE, hostUrl } from './fixtures/embeds';
import { deck, expectStage, openPresenter, sectionStarts } from './present-helpers';

// The desktop project only: untagged tests run there (playwright.config.ts).

/** Waits until the service worker for the page's own copy of the site is installed and active. */
async function offlineReady(page: Page, base = ''): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return registration?.active?.state === 'activated' ? new URL(registration.scope).pathname : null;
				}),
			// Installing fetches the whole site, a few hundred files: on a busy machine, seconds.
			{ timeout: 30_000 }
		)
		.toBe(`${base}/`);
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
	const pages = builtPages();
	expect(pages).toEqual(
		expect.arrayContaining(['/', '/present/', '/present/notes/', '/es/', '/es/present/'])
	);
	await page.goto('/');
	await offlineReady(page);
	// Every page is in the cache: the worker answers a page from there when the network is gone
	// (which path takes which strategy is src/lib/offline/offline.test.ts's to check).
	const cached = await page.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
		return paths;
	});
	expect(
		pages.filter((path) => !cached.includes(path)),
		'pages missing from the cache'
	).toEqual([]);
	// And one page of each kind, per edition, opens from it.
	const kinds = new Map<string, string>();
	for (const path of pages) {
		const [first = '', ...rest] = path.split('/').filter(Boolean);
		const kind = isEditionSegment(first)
			? `${first} ${rest[0] ?? ''} ${rest.length}`
			: `${first} ${rest.length}`;
		if (!kinds.has(kind)) kinds.set(kind, path);
	}
	await context.setOffline(true);
	for (const path of kinds.values()) {
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

test('the worker is registered by the site’s own pages only: never in a frame, never by an embed', async ({
	page,
	context
}) => {
	// Every call to register(), in every frame, as the page makes it.
	await context.addInitScript(() => {
		const register = ServiceWorkerContainer.prototype.register;
		ServiceWorkerContainer.prototype.register = function (...args) {
			(window as unknown as { registered: number }).registered = 1;
			return register.apply(this, args);
		};
	});
	const registered = (frame: Page | import('@playwright/test').Frame) =>
		frame.evaluate(() => (window as unknown as { registered?: number }).registered ?? 0);

	await page.goto('/');
	await hydrated(page);
	expect(await registered(page)).toBe(1);
	// The presenter, framed by the site itself.
	await page.evaluate(() =>
		document.body.append(Object.assign(document.createElement('iframe'), { src: '/present/' }))
	);
	const framed = (await (await page.locator('iframe[src="/present/"]').elementHandle())!.contentFrame())!;
	await expect(framed.locator('.deck')).toHaveAttribute('data-live', 'true');
	expect(await registered(framed)).toBe(0);

	await page.goto(`/embed/${EMBEDDABLE[0]}/`);
	await expect(page.locator('[data-active-step]').first()).toBeAttached();
	await page.goto('/es/embed/story/');
	await expect(page.locator('.embed-story')).toHaveAttribute('data-layout', /linear|host/);
	expect(await registered(page)).toBe(0);

	// The snippet builder, with its preview, and the embeds framed by another site.
	await page.goto('/embed/');
	const preview = page.frameLocator('.stage iframe').locator('.embed-story');
	await expect(preview).toHaveAttribute('data-layout', 'host');
	expect(await registered(page)).toBe(0);
	await page.goto(hostUrl('loader', [`/embed/${EMBEDDABLE[0]}/`, '/embed/story/']));
	for (const selector of ['#embed-0', '#embed-1']) {
		const frame = (await (await page.locator(selector).elementHandle())!.contentFrame())!;
		await expect(frame.locator('[data-active-step]').first()).toBeAttached();
		expect(await registered(frame), selector).toBe(0);
	}
});

test('an open presenter survives a new deploy: it reloads into the new build, which then runs offline', async ({
	page,
	context
}) => {
	// A copy of the build on a server of its own, so that it can be deployed again.
	const dir = mkdtempSync(join(tmpdir(), 'maduro-deploy-'));
	cpSync('build', dir, { recursive: true });
	const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--mount', `/=${dir}`], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	try {
		const origin = await new Promise<string>((resolve) =>
			server.stdout.on('data', (chunk: Buffer) => {
				const port = /127\.0\.0\.1:(\d+)\//.exec(String(chunk))?.[1];
				if (port) resolve(`http://127.0.0.1:${port}`);
			})
		);
		const oldVersion = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')).version as string;
		const newVersion = `${oldVersion}-next`;

		await page.goto(`${origin}/present/#step-gdp-baseline`);
		await offlineReady(page);
		// Controlled by the worker from the next load on.
		await page.reload();
		await expect(deck(page)).toHaveAttribute('data-live', 'true');
		expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		await page.keyboard.press('ArrowRight');
		await expectStage(
			page,
			steps.findIndex((s) => s.id === 'gdp-collapse')
		);

		// The new build: a worker of another version.
		const worker = join(dir, 'service-worker.js');
		writeFileSync(worker, readFileSync(worker, 'utf8').replaceAll(oldVersion, newVersion));
		writeFileSync(join(dir, '_app/version.json'), JSON.stringify({ version: newVersion }));

		const reloaded = page.waitForEvent('framenavigated', (f) => f === page.mainFrame());
		await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
		await reloaded;
		await expect(deck(page)).toHaveAttribute('data-live', 'true');
		await expectStage(
			page,
			steps.findIndex((s) => s.id === 'gdp-collapse')
		);
		expect((await page.evaluate(() => caches.keys())).sort()).toEqual([cacheName('', newVersion)]);

		await context.setOffline(true);
		await page.keyboard.press('ArrowRight');
		await expectStage(page, steps.findIndex((s) => s.id === 'gdp-collapse') + 1);
		await page.reload();
		await expect(deck(page)).toHaveAttribute('data-live', 'true');
	} finally {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
});

test('after one visit to the presenter, its slides open with the network off', async ({ page, context }) => {
	await openPresenter(page);
	await offlineReady(page);
	await context.setOffline(true);
	// Reloaded, the page is the worker's to answer.
	await page.reload();
	await expect(deck(page)).toHaveAttribute('data-live', 'true');
	const answers = await page.evaluate(() =>
		Promise.all(
			['slides.pptx', 'slides.pdf'].map(async (name) => {
				const response = await fetch(`/present/${name}`);
				return `${name} ${response.status} ${(await response.arrayBuffer()).byteLength > 0}`;
			})
		)
	);
	expect(answers).toEqual(['slides.pptx 200 true', 'slides.pdf 200 true']);
});
