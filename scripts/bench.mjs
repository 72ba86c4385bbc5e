// The benchmark: builds the site, serves it compressed on 127.0.0.1, runs Lighthouse (mobile, its default
// throttling) several times against the story, scrolls the whole story at 390×844 with the CPU slowed 4×, and
// prints a table of medians against the budgets. A report, not a test: it never fails on a number.
//
// Also loads the story with the CPU slowed 4× and sums its long tasks while it starts.
//
// Usage: npm run bench [-- --runs 5] [-- --no-build] [-- --port 4180] [-- --path /es/] [-- --only lighthouse|scroll|load]
import { spawn, execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
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
/** `--only lighthouse`, `--only scroll` or `--only load` runs one part, to iterate on one figure faster. */
const ONLY = option('only', 'all');
if (!['all', 'lighthouse', 'scroll', 'load'].includes(ONLY))
	throw new Error(`--only takes lighthouse, scroll or load; got "${ONLY}"`);
const runs = (part) => ONLY === 'all' || ONLY === part;
const URL_UNDER_TEST = `http://127.0.0.1:${PORT}${PATH}`;

const budgets = {
	performance: { target: 100, better: 'higher', unit: '' },
	accessibility: { target: 100, better: 'higher', unit: '' },
	lcpMs: { target: 1200, better: 'lower', unit: ' ms' },
	tbtMs: { target: 0, better: 'lower', unit: ' ms' },
	cls: { target: 0.01, better: 'lower-strict', unit: '' },
	jsKiB: { target: 60, better: 'lower', unit: ' KiB' },
	firstViewKiB: { target: 120, better: 'lower', unit: ' KiB' },
	loadLongTasksMs: { target: 500, better: 'lower', unit: ' ms' },
	longTasksOver50: { target: 0, better: 'lower', unit: '' },
	framesOver50: { target: 0, better: 'lower', unit: '' },
	worstFrameMs: { target: 50, better: 'lower', unit: ' ms' },
	scrollCls: { target: 0.01, better: 'lower-strict', unit: '' }
};

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Serves the build on PORT and resolves once it answers. It refuses a port something else already
 * answers on (it would measure that server, not this build), and when the server dies on start
 * (no build, a taken port) it says why instead of waiting out a timeout.
 */
async function startServer(url, timeoutMs = 30_000) {
	const answers = async () => {
		try {
			return (await fetch(url)).ok;
		} catch {
			return false;
		}
	};
	if (await answers()) throw new Error(`something already answers at ${url}: pick another --port`);
	const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	server.stderr.on('data', (chunk) => (stderr += chunk));
	let exitCode = null;
	server.on('exit', (code) => (exitCode = code ?? 1));
	const started = Date.now();
	while (Date.now() - started < timeoutMs) {
		if (exitCode !== null)
			throw new Error(`the server stopped on start (exit ${exitCode}): ${stderr.trim() || 'no message'}`);
		if (await answers()) return server;
		await new Promise((r) => setTimeout(r, 200));
	}
	server.kill();
	throw new Error(`the server at ${url} did not answer within ${timeoutMs / 1000} s: ${stderr.trim()}`);
}

/** The LCP element and the phases of its time, from Lighthouse's own breakdown, to say what LCP waits on. */
function lcpBreakdown(audits) {
	const tables = audits['largest-contentful-paint-element']?.details?.items ?? [];
	const node = tables[0]?.items?.[0]?.node;
	const phases = Object.fromEntries((tables[1]?.items ?? []).map((p) => [p.phase, Math.round(p.timing)]));
	return { element: node?.snippet ?? node?.selector ?? 'unknown', phases };
}

async function lighthouseRun(chromePath, run) {
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...(chromiumLaunchOptions().args ?? [])]
	});
	try {
		const result = await lighthouse(URL_UNDER_TEST, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility']
		});
		const lhr = result.lhr;
		const audits = lhr.audits;
		// The whole report stays on disk, to read the LCP phases and the Lantern estimates behind a figure.
		mkdirSync('reports/bench', { recursive: true });
		writeFileSync(`reports/bench/lighthouse-${run + 1}.json`, JSON.stringify(lhr));
		const items = audits['network-requests']?.details?.items ?? [];
		const jsBytes = items
			.filter((i) => i.resourceType === 'Script')
			.reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
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
			lhJsKiB: jsBytes / 1024,
			lcp: lcpBreakdown(audits),
			failing
		};
	} finally {
		await chrome.kill();
	}
}

/** The phone both browser runs emulate. */
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Scrolls the story top to bottom with the wheel at 390×844, the CPU slowed 4×, and records what janks. */
async function scrollRun() {
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		const scripts = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script')
				scripts.push(response.body().then((b) => gzipSync(b, { level: 9 }).length));
		});
		await page.addInitScript(() => {
			// Entries from before the scroll began (the page waking up) can reach an observer after it
			// began; `since` keeps them out of the scroll's figures.
			const record = (window.__bench = {
				since: 0,
				longTasks: [],
				shifts: 0,
				shiftSources: [],
				frames: [],
				lafs: []
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
				const cls = el.getAttribute('class')
					? `.${el.getAttribute('class').trim().split(/\s+/).join('.')}`
					: '';
				return `${where} ${el.tagName.toLowerCase()}${cls}`.trim();
			};
			const rect = (r) =>
				`${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) if (e.startTime >= record.since) record.longTasks.push(e.duration);
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
		});
		await page.goto(URL_UNDER_TEST, { waitUntil: 'load' });
		await page.locator('.story[data-active-step]:not([data-active-step=""])').waitFor();
		// Hydrated: the islands (graphics, step cards, sources) hydrate one per task after the page (src/lib/hydration).
		await page.waitForFunction(() => !document.querySelector('.island:not([data-hydrated])'));
		const jsBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		// Only what happens while scrolling counts from here on.
		await page.evaluate(() => {
			const record = window.__bench;
			record.since = performance.now();
			record.longTasks = [];
			record.shifts = 0;
			record.shiftSources = [];
			record.lafs = [];
			let last = performance.now();
			const frame = (now) => {
				record.frames.push(now - last);
				last = now;
				if (!record.done) requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
		await page.mouse.move(195, 600);
		for (let i = 0; i < 2000; i++) {
			await page.mouse.wheel(0, 120);
			await page.waitForTimeout(16);
			const atEnd = await page.evaluate(
				() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2
			);
			if (atEnd) break;
		}
		const record = await page.evaluate(() => {
			window.__bench.done = true;
			return window.__bench;
		});
		const activeAtEnd = await page.locator('.story').getAttribute('data-active-step');
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		// The first frame measures the gap before scrolling began, not a frame.
		const frames = record.frames.slice(1);
		return {
			jsKiB: jsBytes / 1024,
			longTasksOver50: record.longTasks.filter((d) => d > 50).length,
			framesOver50: frames.filter((d) => d > 50).length,
			worstFrameMs: Math.max(0, ...frames),
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

/**
 * Loads the story at 390×844 with the CPU slowed 4× from the first byte, and sums the main thread's
 * long tasks (over 50 ms) until the page is fully hydrated and a second has passed with nothing to do.
 * The budget is today's figure (about 0.5 s): start-up work must not grow.
 */
async function loadRun() {
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.addInitScript(() => {
			window.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) window.__longTasks.push(e.duration);
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(URL_UNDER_TEST, { waitUntil: 'load' });
		await page.waitForFunction(() => !document.querySelector('.island:not([data-hydrated])'), null, {
			timeout: 60_000
		});
		await page.waitForTimeout(1000);
		const tasks = await page.evaluate(() => window.__longTasks);
		return { loadLongTasksMs: tasks.reduce((a, b) => a + b, 0), loadLongTasks: tasks.map(Math.round) };
	} finally {
		await browser.close();
	}
}

/** The audits that did not pass, and what the median run's LCP element waited on. */
function printLighthouseNotes(lh) {
	const failing = [...new Set(lh.flatMap((r) => r.failing))];
	if (failing.length) console.log(`\nLighthouse audits not passing in some run: ${failing.join(', ')}`);
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
function printLongFrames(scroll) {
	const frames = scroll.flatMap((r, run) => r.longFrames.map((f) => ({ ...f, run: run + 1 })));
	if (frames.length === 0) return console.log('Long animation frames while scrolling: none');
	console.log(
		`Long animation frames while scrolling, worst ${Math.min(5, frames.length)} of ${frames.length}:`
	);
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
	if (!b) return '';
	if (b.better === 'higher') return value >= b.target ? 'ok' : 'MISS';
	if (b.better === 'lower-strict') return value < b.target ? 'ok' : 'MISS';
	return value <= b.target ? 'ok' : 'MISS';
}

async function main() {
	const found = findChromium();
	if (!found) throw new Error('no Chromium found: run `node scripts/ensure-browser.mjs` first');
	if (!flag('no-build')) {
		console.log('bench: building…');
		execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
	}
	const server = await startServer(URL_UNDER_TEST);
	try {
		// Timings depend on what else the machine is doing; say how busy it was.
		const loadBefore = loadavg()[0];
		const lh = [];
		for (let i = 0; runs('lighthouse') && i < RUNS; i++) {
			console.log(`bench: Lighthouse run ${i + 1}/${RUNS}…`);
			lh.push(await lighthouseRun(found.path, i));
		}
		const scroll = [];
		for (let i = 0; runs('scroll') && i < RUNS; i++) {
			console.log(`bench: scroll run ${i + 1}/${RUNS} (390×844, CPU 4× slower)…`);
			const run = await scrollRun();
			// Every shift with its sources and every long frame with its scripts, beyond the printed worst.
			mkdirSync('reports/bench', { recursive: true });
			writeFileSync(`reports/bench/scroll-${i + 1}.json`, JSON.stringify(run, null, 1));
			scroll.push(run);
		}
		const load = [];
		for (let i = 0; runs('load') && i < RUNS; i++) {
			console.log(`bench: load run ${i + 1}/${RUNS} (390×844, CPU 4× slower from the first byte)…`);
			load.push(await loadRun());
		}
		const lhKeys = ['performance', 'accessibility', 'lcpMs', 'tbtMs', 'cls', 'firstViewKiB'];
		const scrollKeys = ['jsKiB', 'longTasksOver50', 'framesOver50', 'worstFrameMs', 'scrollCls'];
		const rows = [
			...(lh.length ? lhKeys.map((key) => [key, median(lh.map((r) => r[key]))]) : []),
			...(load.length ? [['loadLongTasksMs', median(load.map((r) => r.loadLongTasksMs))]] : []),
			...(scroll.length ? scrollKeys.map((key) => [key, median(scroll.map((r) => r[key]))]) : [])
		];
		const labels = {
			performance: 'Lighthouse performance (mobile)',
			accessibility: 'Lighthouse accessibility',
			lcpMs: 'Largest contentful paint (simulated)',
			tbtMs: 'Total blocking time',
			cls: 'Cumulative layout shift (load)',
			firstViewKiB: 'First view, bytes transferred',
			jsKiB: 'JavaScript, gzip -9, whole scroll',
			loadLongTasksMs: 'Long tasks while loading (CPU 4×), total',
			longTasksOver50: 'Long tasks > 50 ms while scrolling',
			framesOver50: 'Frames > 50 ms while scrolling',
			worstFrameMs: 'Worst frame while scrolling',
			scrollCls: 'Layout shift while scrolling'
		};
		const fmt = (key, v) =>
			`${Number.isInteger(v) ? v : v.toFixed(key.includes('cls') || key === 'cls' ? 3 : 1)}${budgets[key].unit}`;
		console.log(
			`\nBenchmark of ${URL_UNDER_TEST}: medians of ${RUNS} runs (Chromium ${found.kind}: ${found.path})`
		);
		console.log(
			`Machine: ${cpus().length} CPUs, 1-minute load average ${loadBefore.toFixed(1)} before, ` +
				`${loadavg()[0].toFixed(1)} after: above the CPU count, timings are inflated.\n`
		);
		console.log('| measure | median | budget | |');
		console.log('| --- | --- | --- | --- |');
		for (const [key, value] of rows) {
			const b = budgets[key];
			const sign = b.better === 'higher' ? '≥' : b.better === 'lower-strict' ? '<' : '≤';
			console.log(
				`| ${labels[key]} | ${fmt(key, value)} | ${sign} ${b.target}${b.unit} | ${verdict(key, value)} |`
			);
		}
		if (lh.length) printLighthouseNotes(lh);
		if (load.length)
			console.log(
				`Long tasks while loading, per run (ms): ${load.map((r) => r.loadLongTasks.join(' + ') || 'none').join('; ')}`
			);
		if (scroll.length) {
			printShiftOffenders(scroll);
			printLongFrames(scroll);
			const ends = [...new Set(scroll.map((r) => r.activeAtEnd))];
			console.log(
				`Scroll runs ended on step: ${ends.join(', ')}; frames sampled per run: ${scroll.map((r) => r.frames).join(', ')}`
			);
		}
	} finally {
		server.kill();
	}
}

main().catch((error) => {
	console.error(`bench: ${error.message}`);
	process.exit(1);
});
