import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** A second copy of the site is built under this sub-path, to prove the deploy under one works. */
export const BASE_PATH = '/news/maduro';

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'tests/artifacts/results',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	workers: process.env.CI ? 2 : undefined,
	reporter: [[process.env.CI ? 'line' : 'list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: chromiumLaunchOptions(),
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'phone',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true,
				deviceScaleFactor: 2
			}
		},
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }
	],
	webServer: {
		command:
			`npm run build && BASE_PATH=${BASE_PATH} BUILD_DIR=build-base npm run build && ` +
			`node scripts/serve.mjs --port ${PORT} --mount /=build --mount ${BASE_PATH}=build-base`,
		url: `http://127.0.0.1:${PORT}/`,
		timeout: 240_000,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
