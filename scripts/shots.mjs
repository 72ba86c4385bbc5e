// The contact sheet: builds the site, serves it on 127.0.0.1, walks every step of both editions at
// 390×844 and 1280×800 in the light theme, the system's dark theme and dark by the header's switch,
// opens each embed at 360 px wide and each presenter stage at 1920×1080, and writes the screenshots
// with one HTML page of them, grouped by section: reports/shots/index.html. A review tool, not a test:
// it never fails on what it sees.
//
// Usage: npm run shots [-- --no-build] [-- --port 4191] [-- --only story|embed|present]
import { spawn, execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const PORT = Number(option('port', '4191'));
const ONLY = option('only', 'all');
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = 'reports/shots';

const EDITIONS = [
	{ name: 'English', path: '/' },
	{ name: 'Español', path: '/es/' }
];
const VIEWPORTS = [
	{ name: 'phone', width: 390, height: 844, isMobile: true, hasTouch: true },
	{ name: 'desktop', width: 1280, height: 800 }
];
/** The system's scheme, and what the header's switch stored (null: no choice, follow the system). */
const THEMES = [
	{ name: 'light', scheme: 'light', stored: null },
	{ name: 'dark (system)', scheme: 'dark', stored: null },
	{ name: 'dark (switch)', scheme: 'light', stored: 'dark' }
];

async function serve() {
	const answers = () =>
		fetch(`${ORIGIN}/`).then(
			(r) => r.ok,
			() => false
		);
	if (await answers()) throw new Error(`something already answers at ${ORIGIN}: pick another --port`);
	const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 150 && !(await answers()); i++) await new Promise((r) => setTimeout(r, 200));
	return server;
}

/** Each shot as { group, caption, file }; the sheet lists them by group in the order taken. */
const shots = [];
async function shoot(page, group, caption, options = {}) {
	const file = `${String(shots.length).padStart(4, '0')}.png`;
	await page.screenshot({ path: `${OUT}/${file}`, ...options });
	shots.push({ group, caption, file });
	process.stdout.write('.');
}

async function newPage(browser, viewport, theme) {
	const { name, ...size } = viewport;
	const context = await browser.newContext({
		viewport: { width: size.width, height: size.height },
		isMobile: size.isMobile ?? false,
		hasTouch: size.hasTouch ?? false,
		colorScheme: theme.scheme,
		reducedMotion: 'reduce'
	});
	if (theme.stored) await context.addInitScript((t) => localStorage.setItem('maduro:theme', t), theme.stored);
	return { page: await context.newPage(), label: `${name} ${size.width}×${size.height}`, context };
}

/** The story's steps as the page lists them, each with its section's title. */
const stepsOf = (page) =>
	page.locator('[data-step-id]').evaluateAll((cards) =>
		cards.map((c) => ({
			id: c.getAttribute('data-step-id'),
			section: c.closest('section')?.querySelector('h2')?.textContent?.trim() ?? ''
		}))
	);

const awake = (page) =>
	page.waitForFunction(
		() =>
			document.querySelector('.story')?.getAttribute('data-active-step') &&
			!document.querySelector('.island:not([data-hydrated])')
	);

async function story(browser) {
	for (const edition of EDITIONS)
		for (const viewport of VIEWPORTS)
			for (const theme of THEMES) {
				const { page, label, context } = await newPage(browser, viewport, theme);
				await page.goto(`${ORIGIN}${edition.path}`);
				await awake(page);
				for (const step of await stepsOf(page)) {
					// Puts the card on the trigger line, as a reader's scroll would.
					await page.evaluate((id) => {
						const card = document.querySelector(`[data-step-id="${id}"]`);
						const rect = card.getBoundingClientRect();
						const line = innerHeight * (innerWidth <= 600 ? 0.7 : 0.5);
						scrollTo({ top: scrollY + rect.top + rect.height / 2 - line, behavior: 'instant' });
					}, step.id);
					await page.waitForFunction(
						(id) => document.querySelector('.story')?.getAttribute('data-active-step') === id,
						step.id
					);
					await page.waitForTimeout(150);
					await shoot(page, `${edition.name} · ${step.section}`, `${step.id} · ${label} · ${theme.name}`);
				}
				await context.close();
			}
}

async function embeds(browser) {
	const graphics = ['map', 'tenure', 'gdp', 'election', 'next', 'aftermath'];
	for (const edition of EDITIONS)
		for (const theme of ['light', 'dark']) {
			const { page, context } = await newPage(browser, { name: 'embed', width: 360, height: 800 }, THEMES[0]);
			for (const graphic of graphics) {
				await page.goto(`${ORIGIN}${edition.path}embed/${graphic}/?theme=${theme}`);
				await page.waitForLoadState('networkidle');
				await shoot(page, `${edition.name} · embeds`, `${graphic} · 360 px · ?theme=${theme}`, {
					fullPage: true
				});
			}
			await context.close();
		}
}

async function presenter(browser) {
	for (const edition of EDITIONS) {
		const { page, context } = await newPage(
			browser,
			{ name: 'presenter', width: 1920, height: 1080 },
			THEMES[0]
		);
		// The same steps as the story, in the same order: read from its prerendered HTML.
		const html = await (await fetch(`${ORIGIN}${edition.path}`)).text();
		const ids = [...html.matchAll(/data-step-id="([^"]+)"/g)].map((m) => m[1]);
		for (const id of [...new Set(ids)]) {
			await page.goto(`${ORIGIN}${edition.path}present/#step-${id}`);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(150);
			await shoot(page, `${edition.name} · presenter`, `${id} · 1920×1080`);
		}
		await context.close();
	}
}

function sheet() {
	// Map.groupBy needs Node 21; the project runs on 20.19.
	const groups = new Map();
	for (const s of shots) groups.set(s.group, [...(groups.get(s.group) ?? []), s]);
	const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const body = [...groups]
		.map(
			([group, list]) =>
				`<section><h2>${esc(group)}</h2><div class="grid">` +
				list
					.map(
						(s) =>
							`<figure><a href="${s.file}"><img src="${s.file}" loading="lazy" alt=""></a>` +
							`<figcaption>${esc(s.caption)}</figcaption></figure>`
					)
					.join('') +
				`</div></section>`
		)
		.join('\n');
	const toc = [...groups.keys()].map((g, i) => `<a href="#g${i}">${esc(g)}</a>`).join(' · ');
	writeFileSync(
		`${OUT}/index.html`,
		`<!doctype html><meta charset="utf-8"><title>Contact sheet</title><style>` +
			`body{font:14px system-ui;margin:1rem;background:#eee}h2{margin:2rem 0 .5rem}` +
			`.grid{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-start}figure{margin:0;width:260px}` +
			`img{width:100%;border:1px solid #aaa;background:#fff}figcaption{font-size:12px}</style>` +
			`<h1>Contact sheet (${shots.length} screenshots)</h1><nav>${toc}</nav>${numbered(body)}`
	);
}

/** Gives each section an id, in order, for the table of contents. */
function numbered(html) {
	let n = 0;
	return html.replace(/<section>/g, () => `<section id="g${n++}">`);
}

if (!args.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const server = await serve();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
	if (ONLY === 'all' || ONLY === 'story') await story(browser);
	if (ONLY === 'all' || ONLY === 'embed') await embeds(browser);
	if (ONLY === 'all' || ONLY === 'present') await presenter(browser);
	sheet();
	console.log(`\n${shots.length} screenshots: ${OUT}/index.html`);
} finally {
	await browser.close();
	server.kill();
}
