import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { APP_ORIGIN, APP_PORT, HOST_ORIGIN, HOST_PORT } from './tests/e2e/fixtures/ports';

/** A second copy of the site is built under this sub-path, to prove the deploy under one works. */
export const BASE_PATH = '/news/maduro';
/**
 * How the test server merges the `_headers` rules matching a path: `join` (Cloudflare Pages) by
 * default, `last` (Netlify) with E2E_MERGE=last. tests/e2e/headers.spec.ts checks the other too.
 */
export const MERGE = process.env.E2E_MERGE === 'last' ? 'last' : 'join';
// The builds write absolute URLs (canonical links, snippets) for the address they are tested at.
process.env.ORIGIN ??= APP_ORIGIN;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'tests/artifacts/results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	workers: process.env.CI ? 2 : undefined,
	// Waits end as soon as their condition holds: a longer limit costs only failing runs, and a 2-core
	// machine running two browsers can take more than the default 5 s to wake a page.
	expect: { timeout: 10_000 },
	reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: APP_ORIGIN,
		launchOptions: chromiumLaunchOptions(),
		trace: 'retain-on-failure'
	},
	/*
	 * Each test runs in the viewport where it means something, chosen by tag, never skipped at run
	 * time: untagged tests run once, on the desktop; `@phone` ones only on the phone (its layout,
	 * touch, the trigger line low on the screen); `@both` ones on each (the tours of the story).
	 */
	projects: [
		{
			name: 'phone',
			grep: /@phone\b|@both\b/,
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2
			}
		},
		{
			name: 'desktop',
			grepInvert: /@phone\b/,
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: [
		{
			command:
				`npm run build && BASE_PATH=${BASE_PATH} BUILD_DIR=build-base npm run build && ` +
				`node scripts/serve.mjs --port ${APP_PORT} --merge ${MERGE} --mount /=build --mount ${BASE_PATH}=build-base`,
			url: `${APP_ORIGIN}/`,
			timeout: 240_000,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
			stderr: 'pipe'
		},
		{
			command: `node tests/e2e/fixtures/host-server.mjs --port ${HOST_PORT} --app ${APP_ORIGIN}`,
			// Host pages for the embed tests, framing the app from another site.
			url: `${HOST_ORIGIN}/blank.html`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
			stderr: 'pipe'
		}
	]
});
