// Finds the Chromium that every browser test uses, so vitest's browser mode and Playwright agree.
// Order: PW_CHROMIUM_PATH, a Playwright-managed Chromium, then the system's.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {{ kind: 'env' | 'managed' | 'system', path: string } | null} */
export function findChromium() {
	const fromEnv = process.env.PW_CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`PW_CHROMIUM_PATH points to ${fromEnv}, which does not exist`);
		return { kind: 'env', path: fromEnv };
	}
	const managed = chromium.executablePath();
	if (managed && existsSync(managed)) return { kind: 'managed', path: managed };
	const system = SYSTEM_PATHS.find((p) => existsSync(p));
	return system ? { kind: 'system', path: system } : null;
}

/** Launch options for Playwright and vitest: nothing for a managed browser, a path and quiet flags otherwise. */
export function chromiumLaunchOptions() {
	const found = findChromium();
	if (!found || found.kind === 'managed') return {};
	return {
		executablePath: found.path,
		// The machine has no network beyond the package registries: stop Chromium's own background calls.
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	};
}
