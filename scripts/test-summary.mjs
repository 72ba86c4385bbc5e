// Sums vitest's and Playwright's JSON reports into the one line CI reads: "N passed, N failed, N skipped".
// A suite that could not run (a missing report, an error outside any test such as a web server that
// failed to build, or a suite that ran no test at all) counts as a failure, so CI can never go green
// on tests that did not run.
import { existsSync, readFileSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function read(path) {
	if (!existsSync(path)) {
		problems.push(`no report at ${path} (that suite did not run to the end)`);
		return null;
	}
	return JSON.parse(readFileSync(path, 'utf8'));
}

const vitest = read('reports/vitest.json');
if (vitest) {
	totals.passed += vitest.numPassedTests;
	totals.failed += vitest.numFailedTests;
	totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
	if (vitest.numFailedTestSuites > 0)
		problems.push(`vitest: ${vitest.numFailedTestSuites} test file(s) failed to run`);
	if (vitest.numTotalTests === 0) problems.push('vitest ran no test');
}

const playwright = read('reports/playwright.json');
if (playwright) {
	const { expected, flaky, unexpected, skipped } = playwright.stats;
	totals.passed += expected + flaky;
	totals.failed += unexpected;
	totals.skipped += skipped;
	for (const error of playwright.errors ?? []) problems.push(`playwright: ${error.message.split('\n')[0]}`);
	if (expected + flaky + unexpected === 0) problems.push('playwright ran no test');
}

for (const problem of problems) console.error(`test-summary: ${problem}`);
totals.failed += problems.length;
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
