// The benchmark: builds the site, serves it compressed on 127.0.0.1, and measures the story as a phone
// reader meets it: Lighthouse (mobile, its default throttling), a load at 4× CPU (long tasks), a tap on the
// theme switch while it loads (Event Timing), and two scrolls at 390×844 and 4× CPU (a 10 s fling and a
// 40 s read). It prints medians against the budgets. A report, not a test: it never fails on a number.
//
// `--against <git ref>` builds that ref in a temporary git worktree, serves both builds the same way on
// two ports, runs every measure on both in turn (A, B, A, B…) and prints both medians and their ratio:
// timings on a shared machine compare only within one run.
//
// Usage: npm run bench [-- --runs 5] [-- --no-build] [-- --port 4180] [-- --path /es/]
//   [-- --only lighthouse|load|tap|fling|read] [-- --against main [--keep]]
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, findChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(option('runs', '3')) || 3);
const PORT = Number(option('port', '4180'));
const PATH = option('path', '/');
const AGAINST = option('against', null);
const PARTS = ['lighthouse', 'load', 'tap', 'fling', 'read'];
/** `--only load` (or a comma list) runs some parts, to iterate on one figure faster. */
const ONLY = option('only', 'all');
const chosen = ONLY === 'all' ? PARTS : ONLY.split(',');
for (const part of chosen)
	if (!PARTS.includes(part)) throw new Error(`--only takes ${PARTS.join(', ')}; got "${part}"`);
const runs = (part) => chosen.includes(part);

const budgets = {
	performance: { target: 100, better: 'higher', unit: '' },
	accessibility: { target: 100, better: 'higher', unit: '' },
	lcpMs: { target: 1200, better: 'lower', unit: ' ms' },
	tbtMs: { target: 0, better: 'lower', unit: ' ms' },
	cls: { target: 0.01, better: 'lower-strict', unit: '' },
	firstViewKiB: { target: 120, better: 'lower', unit: ' KiB' },
	jsKiB: { target: 64, better: 'lower', unit: ' KiB' },
	loadLongTasksMs: { target: 200, better: 'lower', unit: ' ms' },
	loadLargestTaskMs: { target: 100, better: 'lower', unit: ' ms' },
	tapDelayMs: { target: 50, better: 'lower', unit: ' ms' },
	tapDurationMs: { target: 200, better: 'lower', unit: ' ms' },
	flingLongTasks: { target: 0, better: 'lower', unit: '' },
	flingFramesOver50: { target: 0, better: 'lower', unit: '' },
	flingP95Ms: { target: 33.4, better: 'lower', unit: ' ms' },
	readLongTasks: { target: 0, better: 'lower', unit: '' },
	readFramesOver50: { target: 0, better: 'lower', unit: '' },
	readP95Ms: { target: 16.7, better: 'lower', unit: ' ms' },
	scrollCls: { target: 0.01, better: 'lower-strict', unit: '' }
};
const labels = {
	performance: 'Lighthouse performance (mobile)',
	accessibility: 'Lighthouse accessibility',
	lcpMs: 'Largest contentful paint (Lantern)',
	tbtMs: 'Total blocking time (Lantern)',
	cls: 'Cumulative layout shift (load)',
	firstViewKiB: 'First view, bytes transferred',
	jsKiB: 'Story JavaScript, gzip -9, whole scroll',
	loadLongTasksMs: 'Load at 4× CPU: long tasks, sum',
	loadLargestTaskMs: 'Load at 4× CPU: largest task',
	tapDelayMs: 'Tap during load: worst input delay',
	tapDurationMs: 'Tap during load: worst event duration',
	flingLongTasks: '10 s fling: long tasks',
	flingFramesOver50: '10 s fling: frames > 50 ms',
	flingP95Ms: '10 s fling: frame p95',
	readLongTasks: '40 s read: long tasks',
	readFramesOver50: '40 s read: frames > 50 ms',
	readP95Ms: '40 s read: frame p95',
	scrollCls: 'Layout shift while scrolling (fling)'
};
/** Which figures each part yields, in the table's order. */
const figures = {
	lighthouse: ['performance', 'accessibility', 'lcpMs', 'tbtMs', 'cls', 'firstViewKiB'],
	load: ['loadLongTasksMs', 'loadLargestTaskMs'],
	tap: ['tapDelayMs', 'tapDurationMs'],
	fling: ['jsKiB', 'flingLongTasks', 'flingFramesOver50', 'flingP95Ms', 'scrollCls'],
	read: ['readLongTasks', 'readFramesOver50', 'readP95Ms']
};

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
};
const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();

/**
 * Serves `dir` on `port` and resolves once it answers. It refuses a port something else already
 * answers on (it would measure that server, not this build), and when the server dies on start
 * (no build, a taken port) it says why instead of waiting out a timeout.
 */
async function startServer(dir, port, timeoutMs = 30_000) {
	const url = `http://127.0.0.1:${port}${PATH}`;
	const answers = async () => {
		try {
			return (await fetch(url)).ok;
		} catch {
			return false;
		}
	};
	if (await answers()) throw new Error(`something already answers at ${url}: pick another --port`);
	// Both builds go through this tree's server, so they are served the same way.
	const server = spawn(
		process.execPath,
		['scripts/serve.mjs', '--port', String(port), '--mount', `/=${dir}`],
		{
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	let stderr = '';
	server.stderr.on('data', (chunk) => (stderr += chunk));
	let exitCode = null;
	server.on('exit', (code) => (exitCode = code ?? 1));
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (exitCode !== null)
			throw new Error(`the server stopped on start (exit ${exitCode}): ${stderr.trim() || 'no message'}`);
		if (await answers()) return { server, url };
		await new Promise((r) => setTimeout(r, 200));
	}
	server.kill();
	throw new Error(`the server at ${url} did not answer within ${timeoutMs / 1000} s: ${stderr.trim()}`);
}

/**
 * Checks `ref` out in a temporary worktree and builds it there. Its node_modules is a link to ours when
 * the lockfile and the patches are the same (`npm ci` would install the same tree), else `npm ci`.
 * With `--keep` the worktree stays, and a later `--no-build` run reuses its build.
 */
function prepareAgainst(ref) {
	const sha = git('rev-parse', '--verify', `${ref}^{commit}`);
	const dir = join(tmpdir(), `bench-against-${sha.slice(0, 12)}`);
	if (flag('no-build') && existsSync(join(dir, 'build', 'index.html'))) {
		console.log(`bench: reusing the build of ${ref} (${sha.slice(0, 7)}) in ${dir}`);
		return { sha, dir };
	}
	if (existsSync(dir)) {
		try {
			git('worktree', 'remove', '--force', dir);
		} catch {
			rmSync(dir, { recursive: true, force: true });
			git('worktree', 'prune');
		}
	}
	console.log(`bench: checking out ${ref} (${sha.slice(0, 7)}) in ${dir}…`);
	git('worktree', 'add', '--detach', dir, sha);
	let sameDeps = true;
	try {
		execFileSync('git', ['diff', '--quiet', sha, '--', 'package-lock.json', 'patches']);
	} catch {
		sameDeps = false;
	}
	if (sameDeps) symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
	else {
		console.log(`bench: ${ref} has other dependencies: npm ci there…`);
		execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
			cwd: dir,
			stdio: ['ignore', 'ignore', 'inherit']
		});
	}
	console.log(`bench: building ${ref}…`);
	execFileSync('npx', ['vite', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
	return { sha, dir };
}

function removeAgainst(dir) {
	try {
		git('worktree', 'remove', '--force', dir);
	} catch (error) {
		console.error(`bench: could not remove the worktree ${dir}: ${error.message}`);
	}
}

/** The LCP element and the phases of its time, from Lighthouse's own breakdown, to say what LCP waits on. */
function lcpBreakdown(audits) {
	const tables = audits['largest-contentful-paint-element']?.details?.items ?? [];
	const node = tables[0]?.items?.[0]?.node;
	const phases = Object.fromEntries((tables[1]?.items ?? []).map((p) => [p.phase, Math.round(p.timing)]));
	return { element: node?.snippet ?? node?.selector ?? 'unknown', phases };
}

async function lighthouseRun(url, chromePath, tag) {
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...(chromiumLaunchOptions().args ?? [])]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility']
		});
		const lhr = result.lhr;
		const audits = lhr.audits;
		// The whole report stays on disk, to read the LCP phases and the Lantern estimates behind a figure.
		writeFileSync(`reports/bench/lighthouse-${tag}.json`, JSON.stringify(lhr));
		const failing = Object.values(audits)
			.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
			.map((a) => a.id);
		return {
			performance: Math.round(lhr.categories.performance.score * 100),
			accessibility: Math.round(lhr.categories.accessibility.score * 100),
			lcpMs: audits['largest-contentful-paint'].numericValue,
			tbtMs: audits['total-blocking-time'].numericValue,
			cls: audits['cumulative-layout-shift'].numericValue,
			firstViewKiB: audits['total-byte-weight'].numericValue / 1024,
			lcp: lcpBreakdown(audits),
			failing
		};
	} finally {
		await chrome.kill();
	}
}

/** The phone every browser run emulates. */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/**
 * Resolves once the page has started (the story has an active step) and then a second has passed
 * with no long task: the load is over. Does not wait for every island: some may wait for the reader.
 */
async function settled(page) {
	await page.locator('.story[data-active-step]:not([data-active-step=""])').waitFor({ timeout: 60_000 });
	await page.waitForFunction(() => performance.now() - window.__bench.lastLongTaskEnd > 1000, null, {
		timeout: 60_000,
		polling: 250
	});
}

/** What every browser run records from the first byte: long tasks, shifts, long frames, input events. */
function recorder() {
	// Entries from before a scroll began (the page waking up) can reach an observer after it began;
	// `since` keeps them out of the scroll's figures.
	const record = (window.__bench = {
		since: 0,
		lastLongTaskEnd: 0,
		longTasks: [],
		shifts: 0,
		shiftSources: [],
		lafs: [],
		events: [],
		firstPaint: Infinity
	});
	/** Names a shifted node the way a reader of the report can find it in the code. */
	const describeNode = (node) => {
		const el = node instanceof Element ? node : node?.parentElement;
		if (!el) return String(node?.nodeName ?? 'unknown');
		const owner = el.closest('[data-graphic], [data-step-id]');
		const where = owner
			? owner.dataset.graphic
				? `[data-graphic=${owner.dataset.graphic} state=${owner.dataset.state}]`
				: `[data-step-id=${owner.dataset.stepId}]`
			: '';
		const cls = el.getAttribute('class') ? `.${el.getAttribute('class').trim().split(/\s+/).join('.')}` : '';
		return `${where} ${el.tagName.toLowerCase()}${cls}`.trim();
	};
	const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			record.lastLongTaskEnd = Math.max(record.lastLongTaskEnd, e.startTime + e.duration);
			if (e.startTime >= record.since) record.longTasks.push(e.duration);
		}
	}).observe({ type: 'longtask', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) {
			if (e.hadRecentInput || e.startTime < record.since) continue;
			record.shifts += e.value;
			record.shiftSources.push({
				value: e.value,
				active: document.querySelector('.story')?.getAttribute('data-active-step') ?? '',
				sources: (e.sources ?? []).map((s) => ({
					node: describeNode(s.node),
					from: rect(s.previousRect),
					to: rect(s.currentRect)
				}))
			});
		}
	}).observe({ type: 'layout-shift', buffered: true });
	// What ran in a long frame: the scripts the browser blames, with where they came from.
	new PerformanceObserver((list) => {
		for (const e of list.getEntries().filter((e) => e.startTime >= record.since))
			record.lafs.push({
				duration: e.duration,
				blocking: e.blockingDuration,
				render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
				style: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
				scripts: (e.scripts ?? []).map((s) => ({
					duration: s.duration,
					invoker: s.invoker,
					forced: s.forcedStyleAndLayoutDuration ?? 0,
					source: `${(s.sourceURL ?? '').split('/').pop()}:${s.sourceFunctionName ?? ''}:${s.sourceCharPosition ?? ''}`
				}))
			});
	}).observe({ type: 'long-animation-frame', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.name === 'first-contentful-paint') record.firstPaint = e.startTime;
	}).observe({ type: 'paint', buffered: true });
	// Event Timing: the API reports only events of 16 ms or more, so a tap it does not report was quicker.
	new PerformanceObserver((list) => {
		for (const e of list.getEntries())
			if (e.interactionId)
				record.events.push({
					name: e.name,
					start: e.startTime,
					delay: e.processingStart - e.startTime,
					duration: e.duration
				});
	}).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

async function newPhonePage(browser, { cpu = 1 } = {}) {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
	await page.addInitScript(recorder);
	return { context, page, cdp };
}

/**
 * Loads the story at 390×844 with the CPU slowed 4× from the first byte, and records the main thread's
 * long tasks (over 50 ms) until it has settled (see `settled`).
 */
async function loadRun(url) {
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const { page } = await newPhonePage(browser, { cpu: 4 });
		await page.goto(url, { waitUntil: 'load' });
		await settled(page);
		const tasks = await page.evaluate(() => window.__bench.longTasks);
		return {
			loadLongTasksMs: tasks.reduce((a, b) => a + b, 0),
			loadLargestTaskMs: Math.max(0, ...tasks),
			loadLongTasks: tasks.map(Math.round)
		};
	} finally {
		await browser.close();
	}
}

/** When the reader taps the theme switch, in ms after the navigation starts (as in issue 24). */
const TAP_AT = [300, 600, 900, 1200, 1800, 2400];

/**
 * Where the theme switch is on the phone's screen, from a load at full speed: the taps during a
 * throttled load go to that point whether or not the page has drawn it yet.
 */
async function switchCentre(url) {
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const { page } = await newPhonePage(browser);
		await page.goto(url, { waitUntil: 'load' });
		const box = await page.locator('.theme-switch').boundingBox();
		if (!box) throw new Error(`no .theme-switch on ${url}`);
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	} finally {
		await browser.close();
	}
}

/**
 * Loads the story at 4× CPU and taps the theme switch at each moment of TAP_AT, as a reader who does
 * not wait. Each tap waits for the page to take the one before (the browser acknowledges a touch
 * once its main thread has handled it). Returns the worst input delay and event duration of the
 * load's taps, from the Event Timing API.
 */
async function tapRun(url, at) {
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const { page } = await newPhonePage(browser, { cpu: 4 });
		const start = Date.now();
		const navigation = page.goto(url, { waitUntil: 'load' });
		let taps = 0;
		for (const moment of TAP_AT) {
			const wait = start + moment - Date.now();
			if (wait > 0) await new Promise((r) => setTimeout(r, wait));
			try {
				await page.touchscreen.tap(at.x, at.y);
				taps++;
			} catch {
				// The page was not there yet to take it.
			}
		}
		await navigation;
		await settled(page);
		// A tap before the first paint hits a blank screen: the target counts from the first paint on.
		const { events: all, firstPaint } = await page.evaluate(() => window.__bench);
		const events = all.filter((e) => e.start >= firstPaint);
		return {
			firstPaintMs: firstPaint,
			tapDelayMs: Math.max(0, ...events.map((e) => e.delay)),
			tapDurationMs: Math.max(0, ...events.map((e) => e.duration)),
			taps,
			events: events.map((e) => `${e.name}@${Math.round(e.start)}:${Math.round(e.delay)}/${e.duration}`)
		};
	} finally {
		await browser.close();
	}
}

/**
 * Scrolls the story top to bottom with the wheel at 390×844, the CPU slowed 4×, in `seconds`, and
 * records what janks: a fling (10 s) and a reader's pace (40 s, the peers' pace). The page is
 * loaded at full speed and settled first, so only the scroll counts.
 */
async function scrollRun(url, seconds) {
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const { page, cdp } = await newPhonePage(browser);
		const scripts = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script')
				scripts.push(response.body().then((b) => gzipSync(b, { level: 9 }).length));
		});
		await page.goto(url, { waitUntil: 'load' });
		await settled(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		// Only what happens while scrolling counts from here on.
		await page.evaluate(() => {
			const record = window.__bench;
			record.since = performance.now();
			record.longTasks = [];
			record.shifts = 0;
			record.shiftSources = [];
			record.lafs = [];
			record.frames = [];
			let last = performance.now();
			const frame = (now) => {
				record.frames.push(now - last);
				last = now;
				if (!record.done) requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
		const height = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
		await page.mouse.move(195, 600);
		// The wheel is sent in small steps, each taking the page where it should be by now.
		const start = Date.now();
		let sent = 0;
		while (sent < height) {
			const due = Math.min(height, ((Date.now() - start) / (seconds * 1000)) * height);
			if (due - sent >= 1) {
				await page.mouse.wheel(0, due - sent);
				sent = due;
			}
			await page.waitForTimeout(16);
		}
		// The last wheel's scroll and what it sets off.
		await page.waitForTimeout(500);
		const record = await page.evaluate(() => {
			window.__bench.done = true;
			return window.__bench;
		});
		const activeAtEnd = await page.locator('.story').getAttribute('data-active-step');
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		// The first frame measures the gap before scrolling began, not a frame.
		const frames = record.frames.slice(1);
		return {
			jsKiB: (await Promise.all(scripts)).reduce((a, b) => a + b, 0) / 1024,
			longTasks: record.longTasks.filter((d) => d > 50).length,
			framesOver50: frames.filter((d) => d > 50).length,
			p95Ms: percentile(frames, 95),
			scrollCls: record.shifts,
			shiftSources: record.shiftSources,
			longFrames: record.lafs.filter((f) => f.duration > 50),
			frames: frames.length,
			activeAtEnd
		};
	} finally {
		await browser.close();
	}
}

/** The audits that did not pass, and what the median run's LCP element waited on. */
function printLighthouseNotes(lh) {
	const failing = [...new Set(lh.flatMap((r) => r.failing))];
	if (failing.length) console.log(`Lighthouse audits not passing in some run: ${failing.join(', ')}`);
	const lcpRun = lh[lh.findIndex((r) => r.lcpMs === median(lh.map((x) => x.lcpMs)))] ?? lh[0];
	console.log(`LCP element (median run): ${lcpRun.lcp.element}`);
	console.log(
		`LCP phases (ms): ${Object.entries(lcpRun.lcp.phases)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')}; full reports in reports/bench/`
	);
}

/**
 * The layout shifts while scrolling, worst first: each entry's value, the step active when it
 * happened, and the nodes that moved (from and to, as x,y width×height in CSS pixels).
 */
function printShiftOffenders(scroll) {
	const entries = scroll.flatMap((r, run) => r.shiftSources.map((e) => ({ ...e, run: run + 1 })));
	if (entries.length === 0) return console.log('Layout shifts while scrolling: none');
	// Per node, the sum of the shifts it took part in (per run), to see which element to fix first.
	const byNode = new Map();
	for (const e of entries)
		for (const node of new Set(e.sources.map((s) => s.node.replace(/\.svelte-\w+| state=[\w-]+/g, ''))))
			byNode.set(node, (byNode.get(node) ?? 0) + e.value / scroll.length);
	console.log('Layout shift while scrolling by node that moved (a shift with two nodes counts for both):');
	for (const [node, value] of [...byNode].sort((a, b) => b[1] - a[1]).slice(0, 30))
		console.log(`  ${value.toFixed(4)} ${node}`);
	console.log(`Layout shifts while scrolling, worst ${Math.min(5, entries.length)} of ${entries.length}:`);
	for (const e of entries.sort((a, b) => b.value - a.value).slice(0, 5)) {
		console.log(`  ${e.value.toFixed(4)} (run ${e.run}, step ${e.active || 'none'})`);
		for (const s of e.sources) console.log(`    ${s.node}: ${s.from} → ${s.to}`);
	}
}

/** The frames over 50 ms while scrolling, longest first, with the scripts the browser blames for each. */
function printLongFrames(scroll, what) {
	const frames = scroll.flatMap((r, run) => r.longFrames.map((f) => ({ ...f, run: run + 1 })));
	if (frames.length === 0) return console.log(`Long animation frames, ${what}: none`);
	console.log(`Long animation frames, ${what}, worst ${Math.min(5, frames.length)} of ${frames.length}:`);
	for (const f of frames.sort((a, b) => b.duration - a.duration).slice(0, 5)) {
		console.log(
			`  ${f.duration.toFixed(0)} ms (run ${f.run}; blocking ${f.blocking.toFixed(0)} ms, ` +
				`style and layout ${f.style.toFixed(0)} ms, rendering ${f.render.toFixed(0)} ms)`
		);
		for (const s of f.scripts)
			console.log(
				`    ${s.duration.toFixed(0)} ms (forced style and layout ${s.forced.toFixed(0)} ms) ${s.invoker} → ${s.source}`
			);
	}
}

function verdict(key, value) {
	const b = budgets[key];
	if (b.better === 'higher') return value >= b.target ? 'ok' : 'MISS';
	if (b.better === 'lower-strict') return value < b.target ? 'ok' : 'MISS';
	return value <= b.target ? 'ok' : 'MISS';
}
const fmt = (key, v) =>
	`${Number.isInteger(v) ? v.toLocaleString('en') : v.toFixed(/cls/i.test(key) ? 3 : 1)}${budgets[key].unit}`;
const sign = (key) => ({ higher: '≥', 'lower-strict': '<' })[budgets[key].better] ?? '≤';

/** Runs every chosen part `RUNS` times on each target in turn: A, B, A, B… */
async function measure(targets, chromePath) {
	const results = targets.map(() => ({ lighthouse: [], load: [], tap: [], fling: [], read: [] }));
	const taps = runs('tap') ? await Promise.all(targets.map((t) => switchCentre(t.url))) : [];
	const plan = [
		['lighthouse', (t, i, run) => lighthouseRun(t.url, chromePath, `${t.tag}-${run + 1}`)],
		['load', (t) => loadRun(t.url)],
		['tap', (t, i) => tapRun(t.url, taps[i])],
		['fling', (t) => scrollRun(t.url, 10)],
		['read', (t) => scrollRun(t.url, 40)]
	];
	for (const [part, go] of plan) {
		if (!runs(part)) continue;
		for (let run = 0; run < RUNS; run++)
			for (const [i, t] of targets.entries()) {
				console.log(`bench: ${part} ${run + 1}/${RUNS}, ${t.name}…`);
				const result = await go(t, i, run);
				if (part === 'fling' || part === 'read')
					writeFileSync(`reports/bench/${part}-${t.tag}-${run + 1}.json`, JSON.stringify(result, null, 1));
				results[i][part].push(result);
			}
	}
	return results;
}

/** Each figure's median over the runs of the part it comes from. */
function medians(result) {
	const out = {};
	for (const [part, keys] of Object.entries(figures)) {
		const list = result[part];
		if (!list.length) continue;
		for (const key of keys) {
			const from = part === 'fling' || part === 'read' ? key.replace(/^(fling|read)/, '') : key;
			const field = from.charAt(0).toLowerCase() + from.slice(1);
			out[key] = median(list.map((r) => r[field in r ? field : key]));
		}
	}
	return out;
}

function printDetails(result, name) {
	console.log(`\n${name}:`);
	if (result.lighthouse.length) printLighthouseNotes(result.lighthouse);
	if (result.load.length)
		console.log(
			`Long tasks while loading, per run (ms): ${result.load.map((r) => r.loadLongTasks.join(' + ') || 'none').join('; ')}`
		);
	if (result.tap.length)
		console.log(
			`Taps at ${TAP_AT.join(', ')} ms: input events of 16 ms or more from the first paint on ` +
				`(name@start: delay/duration), per run: ` +
				result.tap
					.map(
						(r) =>
							`${r.taps} taps, first paint ${Math.round(r.firstPaintMs)} ms [${r.events.join(' ') || 'none'}]`
					)
					.join('; ')
		);
	if (result.fling.length) {
		printShiftOffenders(result.fling);
		printLongFrames(result.fling, '10 s fling');
		console.log(
			`Fling runs ended on step: ${[...new Set(result.fling.map((r) => r.activeAtEnd))].join(', ')}`
		);
	}
	if (result.read.length) printLongFrames(result.read, '40 s read');
}

async function main() {
	const found = findChromium();
	if (!found) throw new Error('no Chromium found: run `node scripts/ensure-browser.mjs` first');
	mkdirSync('reports/bench', { recursive: true });
	if (!flag('no-build')) {
		console.log('bench: building…');
		execFileSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	}
	const against = AGAINST ? prepareAgainst(AGAINST) : null;
	const head = git('rev-parse', '--short', 'HEAD');
	const dirty = git('status', '--porcelain', '--untracked-files=no') ? ' + changes' : '';
	const targets = [{ name: `this tree (${head}${dirty})`, tag: 'a', dir: 'build', port: PORT }];
	if (against)
		targets.push({
			name: `${AGAINST} (${against.sha.slice(0, 7)})`,
			tag: 'b',
			dir: against.dir + '/build',
			port: PORT + 1
		});
	const servers = [];
	try {
		for (const t of targets) {
			const started = await startServer(t.dir, t.port);
			servers.push(started.server);
			t.url = started.url;
		}
		// Timings depend on what else the machine is doing; say how busy it was.
		const loadBefore = loadavg()[0];
		const results = await measure(targets, found.path);
		const [a, b] = results.map(medians);
		console.log(`\nBenchmark of ${PATH}: medians of ${RUNS} runs (Chromium ${found.kind}: ${found.path})`);
		console.log(
			`Machine: ${cpus().length} CPUs, 1-minute load average ${loadBefore.toFixed(1)} before, ` +
				`${loadavg()[0].toFixed(1)} after: above the CPU count, timings are inflated.\n`
		);
		if (b) {
			console.log(`A: ${targets[0].name} at ${targets[0].url}\nB: ${targets[1].name} at ${targets[1].url}\n`);
			console.log('| measure | A | B | A/B | target | A |');
			console.log('| --- | --: | --: | --: | --- | --- |');
		} else {
			console.log('| measure | median | target | |');
			console.log('| --- | --: | --- | --- |');
		}
		for (const key of Object.keys(a)) {
			const target = `${sign(key)} ${budgets[key].target}${budgets[key].unit}`;
			if (b) {
				const ratio = b[key] ? (a[key] / b[key]).toFixed(2) : a[key] ? '∞' : '–';
				console.log(
					`| ${labels[key]} | ${fmt(key, a[key])} | ${fmt(key, b[key])} | ${ratio} | ${target} | ${verdict(key, a[key])} |`
				);
			} else console.log(`| ${labels[key]} | ${fmt(key, a[key])} | ${target} | ${verdict(key, a[key])} |`);
		}
		results.forEach((r, i) => printDetails(r, targets[i].name));
	} finally {
		for (const s of servers) s.kill();
		if (against && !flag('keep')) removeAgainst(against.dir);
	}
}

main().catch((error) => {
	console.error(`bench: ${error.message}`);
	process.exit(1);
});
