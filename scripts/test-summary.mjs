// Sums vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const missing = [];

function read(path) {
	if (!existsSync(path)) {
		missing.push(path);
		return null;
	}
	return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read('reports/vitest.json');
if (vitest) {
	totals.passed += vitest.numPassedTests;
	totals.failed += vitest.numFailedTests;
	totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}

const playwright = read('reports/playwright.json');
if (playwright) {
	totals.passed += playwright.stats.expected + playwright.stats.flaky;
	totals.failed += playwright.stats.unexpected;
	totals.skipped += playwright.stats.skipped;
}

for (const path of missing)
	console.error(`test-summary: no report at ${path} (that suite did not run to the end)`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || missing.length > 0 ? 1 : 0);
