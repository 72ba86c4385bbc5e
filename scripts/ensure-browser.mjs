// Makes sure a Chromium exists before any browser test runs; installs Debian's when it can.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

function canInstallWithApt() {
	if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) return null;
	if (process.getuid?.() === 0) return '';
	try {
		execSync('sudo -n true', { stdio: 'ignore' });
		return 'sudo ';
	} catch {
		return null;
	}
}

const found = findChromium();
if (found) {
	console.log(`browser: ${found.path} (${found.kind})`);
	process.exit(0);
}

const sudo = canInstallWithApt();
if (sudo !== null) {
	console.log('browser: none found; installing Debian chromium with apt-get');
	execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium`, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
} else {
	console.log('browser: none found; trying `npx playwright install chromium`');
	try {
		execSync('npx playwright install chromium', { stdio: 'inherit' });
	} catch {
		// reported below
	}
}

const after = findChromium();
if (!after) {
	console.error(
		'No Chromium for the browser tests. Install one and run again:\n' +
			'  - Debian/Ubuntu: sudo apt-get install chromium\n' +
			'  - elsewhere: npx playwright install chromium\n' +
			'  - or point PW_CHROMIUM_PATH at any Chromium or Chrome binary.'
	);
	process.exit(1);
}
console.log(`browser: ${after.path} (${after.kind})`);
