/**
 * The headers as a browser receives them from a static host reading the build's `_headers`, under
 * both ways hosts merge the rules that match one path: the suite's own server (MERGE) and a second
 * server started here with the other. The shared fixture fails any test on a CSP violation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { BASE_PATH, MERGE } from '../../playwright.config';
import { expect, hydrated, test } from './fixtures';
import { EMBEDDABLE } from './fixtures/embeds';
import { APP_ORIGIN, HOST_ORIGIN } from './fixtures/ports';

const OTHER = MERGE === 'join' ? 'last' : 'join';
let server: ChildProcess | undefined;
let otherOrigin = '';

test.beforeAll(async () => {
	server = spawn(
		process.execPath,
		[
			'scripts/serve.mjs',
			'--port',
			'0',
			'--merge',
			OTHER,
			'--mount',
			'/=build',
			'--mount',
			`${BASE_PATH}=build-base`
		],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	otherOrigin = await new Promise<string>((resolve, reject) => {
		server!.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
		server!.stdout!.on('data', (chunk: Buffer) => {
			const port = /127\.0\.0\.1:(\d+)\//.exec(String(chunk))?.[1];
			if (port) resolve(`http://127.0.0.1:${port}`);
		});
	});
});

test.afterAll(() => {
	server?.kill();
});

const servers = () => [
	{ merge: MERGE, origin: APP_ORIGIN },
	{ merge: OTHER, origin: otherOrigin }
];

const PAGES = ['/', '/es/', '/present/', '/embed/', '/es/embed/', '/embed/story/', '/s/gdp-collapse/'];
const EMBEDS = ['', '/es'].flatMap((edition) =>
	[...EMBEDDABLE.map((g) => `/embed/${g}/`), '/embed/story/'].map((p) => `${edition}${p}`)
);

/** Frames `url` in a page of another site (the host server), and returns the frame's document. */
async function frameFromElsewhere(page: Page, url: string): Promise<FrameLocator> {
	await page.goto(`${HOST_ORIGIN}/blank.html`);
	await page.evaluate((src) => {
		document.body.append(Object.assign(document.createElement('iframe'), { src, title: 'framed' }));
	}, url);
	return page.frameLocator('iframe[title="framed"]');
}

for (const merge of ['join', 'last'] as const) {
	test.describe(`rules merged by ${merge}`, () => {
		const origin = () => servers().find((s) => s.merge === merge)!.origin;

		test('every page gets the whole policy: no inline script but by hash, nothing from elsewhere', async ({
			request
		}) => {
			for (const path of [...PAGES, `${BASE_PATH}/`, `${BASE_PATH}/embed/gdp/`]) {
				const response = await request.get(`${origin()}${path}`);
				expect(response.status(), path).toBe(200);
				const csp = response.headers()['content-security-policy']!;
				for (const policy of csp.split(', ')) {
					expect(policy, path).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[\w+/=]+')+; /);
					expect(policy, path).toContain("object-src 'none'; base-uri 'self'; form-action 'none'");
				}
			}
		});

		test('the story and the presenter refuse to be framed by another site; the embeds can be', async ({
			page,
			pageErrors
		}) => {
			// Two dozen pages framed one after another: more than the default budget.
			test.slow();
			const refused = ['/', '/es/', '/present/', '/present/notes/', `${BASE_PATH}/`];
			for (const [i, path] of refused.entries()) {
				const frame = await frameFromElsewhere(page, `${origin()}${path}`);
				// The browser says so (naming the origin only): expected here, once per page.
				await expect.poll(() => pageErrors.length, { message: path }).toBe(i + 1);
				expect(pageErrors[i], path).toContain(
					`Refused to display '${origin()}/' in a frame because it set 'X-Frame-Options'`
				);
				await expect(frame.locator('main'), path).toHaveCount(0);
			}
			pageErrors.splice(0);
			// An embed's page is shown: its document, not an error page, is in the frame.
			for (const path of [...EMBEDS, `${BASE_PATH}/embed/gdp/`, `${BASE_PATH}/es/embed/story/`])
				await expect(
					(await frameFromElsewhere(page, `${origin()}${path}`)).locator('main'),
					path
				).toBeAttached();
		});

		test('embed pages let sites with COEP load them, and the loader, served as written', async ({
			request
		}) => {
			for (const path of [...EMBEDS, '/embed.js'])
				expect(
					(await request.get(`${origin()}${path}`)).headers()['cross-origin-resource-policy'],
					path
				).toBe('cross-origin');
			// The loader whose size src/lib/embed/loader-budget.test.ts keeps, byte for byte.
			const loader = await request.get(`${origin()}/embed.js`);
			expect((await loader.body()).equals(readFileSync('static/embed.js'))).toBe(true);
		});

		test('every kind of page runs under the strict policy without a violation', async ({ page }) => {
			await page.goto(`${origin()}/#step-gdp-collapse`);
			await hydrated(page);
			await page.goto(`${origin()}/es/`);
			await hydrated(page);
			await page.goto(`${origin()}${BASE_PATH}/`);
			await hydrated(page);
			await page.goto(`${origin()}/present/`);
			await expect(page.locator('.deck')).toHaveAttribute('data-live', 'true');
			await page.goto(`${origin()}/present/notes/`);
			await expect(page.locator('.notes-window')).toHaveAttribute('data-live', 'true');
			await page.goto(`${origin()}/embed/`);
			await expect(page.frameLocator('.stage iframe').locator('.embed-story')).toHaveAttribute(
				'data-layout',
				'host'
			);
			await page.goto(`${origin()}/embed/gdp/?step=gdp-rebound`);
			await expect(page.locator('[data-graphic="gdp"]')).toHaveAttribute('data-state', 'rebound');
			// A share page's inline redirect runs.
			await page.goto(`${origin()}/es/s/gdp-collapse/`);
			await expect(page).toHaveURL(`${origin()}/es/#step-gdp-collapse`);
			await hydrated(page);
		});
	});
}

test('a script the build did not ship is refused, and the refusal is heard', async ({ page, pageErrors }) => {
	await page.goto('/');
	await hydrated(page);
	const blocked = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective));
				const script = document.createElement('script');
				script.textContent = 'document.title = "injected"';
				document.body.append(script);
			})
	);
	expect(blocked).toMatch(/^script-src/);
	expect(await page.title()).not.toBe('injected');
	// The fixture heard it too, from the browser and from the event; here it is expected.
	expect(pageErrors.splice(0)).toEqual([
		expect.stringMatching(/^console: Executing inline script violates .* 'script-src 'self' 'sha256-/),
		expect.stringMatching(/^console: CSP violation: script-src-elem blocked inline/)
	]);
});
