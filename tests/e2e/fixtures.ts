import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
/**
 * Shared Playwright fixtures: every test fails if the page logs an error or throws, or if any of
 * its frames breaks the Content-Security-Policy the server sent, and the
 * story's steps come from the same story files the site is built from. Flows that readers meet
 * in each language run once per edition (`inEveryEdition`), with the `edition` fixture set.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { EDITIONS, type Locale } from '../../src/lib/i18n/editions';
import { triggerOffset } from '../../src/lib/scrolly/trigger';
import { shownAt, type Shown } from '../../src/lib/story/story-state.svelte';
import { parseStory } from '../../src/lib/story/parse';
import type { Step, Story } from '../../src/lib/story/types';
import { uiText, type UiText } from '../../src/lib/story/ui';

export interface EditionUnderTest {
	locale: Locale;
	/** The language's own name, as the switch between editions shows it. */
	name: string;
	/** The edition's story, from the site root: `/` or `/es/`. */
	path: string;
	story: Story;
	steps: Step[];
	/** The story page's interface words in this edition. */
	ui: UiText;
}

export const editions: EditionUnderTest[] = EDITIONS.map((e) => {
	const file = `src/content/story.${e.locale}.aml`;
	const story = parseStory(readFileSync(file, 'utf8'), file);
	return {
		locale: e.locale,
		name: e.name,
		path: e.path,
		story,
		steps: story.steps,
		ui: uiText(story)
	};
});

/** The first edition, English, for tests of behaviour that does not depend on the language. */
export const { story, steps } = editions[0]!;

export const test = base.extend<{ pageErrors: string[]; edition: EditionUnderTest }>({
	edition: [editions[0]!, { option: true }],
	pageErrors: [
		async ({ page, context }, use) => {
			// A blocked script or style logs nothing a test can hear: the document's event reports it.
			await context.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (e) =>
					console.error(
						`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}`
					)
				)
			);
			const errors: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(`console: ${m.text()}`);
			});
			page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
			await use(errors);
			expect(errors, 'the page logged errors').toEqual([]);
		},
		{ auto: true }
	]
});

/** Declares the tests in `body` once per edition, each group with its `edition` fixture set. */
export function inEveryEdition(body: (edition: EditionUnderTest) => void): void {
	for (const edition of editions) {
		test.describe(edition.name, () => {
			test.use({ edition });
			body(edition);
		});
	}
}

export { expect };

/** Waits until the page has woken up: the server HTML has no active step, the live page always has one. */
export async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', /.+/);
	// The graphics and tables hydrate in tasks of their own after the page (src/lib/hydration/LazyHydrate.svelte);
	// a story graphic only once it comes within a screen of the viewport, so one further down may still wait.
	await expect.poll(() => page.evaluate(unhydratedNearby)).toEqual([]);
}

/** The islands not yet hydrated, but for those still waiting (`data-waiting`) further than a screen away. */
function unhydratedNearby(): string[] {
	const screen = window.innerHeight;
	return [...document.querySelectorAll<HTMLElement>('.island:not([data-hydrated])')]
		.filter((island) => {
			if (!island.hasAttribute('data-waiting')) return true;
			const box = island.parentElement!.getBoundingClientRect();
			return box.bottom >= -screen && box.top <= 2 * screen;
		})
		.map((island) => island.parentElement?.dataset.graphic ?? island.parentElement?.id ?? 'island');
}

/**
 * Every data table on the page has its "Download the data" link, with a `download` attribute,
 * and each link's file answers as CSV. Returns the links' addresses.
 */
export async function expectDataLinks(page: Page, name: string): Promise<string[]> {
	const tables = await page.locator('.data-table').count();
	expect(tables).toBeGreaterThan(0);
	const links = page.getByRole('link', { name, exact: true });
	await expect(links).toHaveCount(tables);
	const hrefs: string[] = [];
	for (const link of await links.all()) {
		await expect(link).toHaveAttribute('download', '');
		const href = (await link.getAttribute('href'))!;
		const response = await page.request.get(href);
		expect(response.status(), href).toBe(200);
		expect(response.headers()['content-type'], href).toBe('text/csv; charset=utf-8');
		hrefs.push(href);
	}
	return hrefs;
}

/**
 * Counts the JavaScript a page loads, gzip -9, from now on. `total()` waits until the network
 * has gone quiet (the page loads its scripts after its first paint, and some only on demand)
 * and every script's body has been read.
 */
export function scriptsLoaded(page: Page): { total(): Promise<{ bytes: number; files: number }> } {
	const sizes = new Map<string, number>();
	const reads: Promise<void>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		reads.push(
			response.body().then((body) => void sizes.set(response.url(), gzipSync(body, { level: 9 }).length))
		);
	});
	return {
		async total() {
			await page.waitForLoadState('networkidle');
			await Promise.all(reads);
			return { bytes: [...sizes.values()].reduce((a, b) => a + b, 0), files: sizes.size };
		}
	};
}

/**
 * Puts a step card on the scroll trigger line, the way a reader's scroll would, and waits until
 * the story has made it the active step: the scroll driver reports asynchronously, and a graphic
 * may already show the step's state before (a chart's first state is also its resting one).
 */
export async function scrollToStep(page: Page, id: string): Promise<void> {
	await hydrated(page);
	// The story's own trigger line, for this viewport.
	const offset = triggerOffset(page.viewportSize()!.width);
	await page.evaluate(
		([stepId, line]) => {
			const card = document.querySelector<HTMLElement>(`[data-step-id="${stepId}"]`)!;
			const rect = card.getBoundingClientRect();
			window.scrollTo({
				top: window.scrollY + rect.top + rect.height / 2 - window.innerHeight * line,
				behavior: 'instant'
			});
		},
		[id, offset] as const
	);
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', id);
}

/** What a reader should see at a step, by the story's own step model: its graphic and state, dimmed on a text step. */
export function expectedShown(index: number, of: readonly Step[] = steps): Shown | null {
	return shownAt(of, index);
}

/**
 * Pauses the page's clock a little ahead of its time, which keeps flowing while the call travels.
 * On a busy machine the call can land after that moment (the clock refuses to go back): then it
 * tries again from the page's new time, further ahead, until the clock is paused.
 */
export async function pauseClock(page: Page): Promise<void> {
	for (let ahead = 500; ; ahead *= 2) {
		const now = await page.evaluate(() => Date.now());
		try {
			await page.clock.pauseAt(now + ahead);
			return;
		} catch (error) {
			if (ahead > 60_000 || !String(error).includes('Cannot fast-forward to the past')) throw error;
		}
	}
}

/**
 * Makes a change, then plays the page's clock forward one frame at a time, recording every
 * distinct value `read` gives (it returns null until the change has landed), until the value has
 * held still for a second of page time. A busy machine can drop real frames but not these, so
 * "it tweens" and "it jumps" are told apart by what is drawn, never by how fast the machine is.
 * The page must have been opened after `page.clock.install()`.
 */
export async function framesOfChange(
	page: Page,
	change: () => Promise<void>,
	read: () => Promise<string | null>
): Promise<string[]> {
	const FRAME_MS = 16;
	await pauseClock(page);
	await change();
	const seen: string[] = [];
	let stillFor = 0;
	// The change lands when the browser next lays out (real time), so allow many frames for that.
	for (let frame = 0; frame < 600 && !(seen.length > 0 && stillFor > 1000); frame++) {
		await page.clock.runFor(FRAME_MS);
		const value = await read();
		if (value === null) continue;
		if (value !== seen.at(-1)) {
			seen.push(value);
			stillFor = 0;
		} else stillFor += FRAME_MS;
	}
	await page.clock.resume();
	return seen;
}

/** Every distinct GDP line drawn from the chart's baseline state to its collapse. */
export async function gdpLinesBetweenStates(page: Page): Promise<string[]> {
	await scrollToStep(page, 'gdp-baseline');
	const figure = page.locator('[data-graphic="gdp"]');
	await expect(figure).toHaveAttribute('data-state', 'baseline');
	return framesOfChange(
		page,
		() => scrollToStep(page, 'gdp-collapse'),
		() =>
			figure.evaluate((el) =>
				el.getAttribute('data-state') === 'collapse'
					? (el.querySelector('path.line:not(.dashed)')!.getAttribute('d') ?? '')
					: null
			)
	);
}

/** Every page a build wrote, as a path from its root: the story, presenter mode, the embeds, whatever is added later. */
export function builtPages(dir = 'build'): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name === 'index.html') pages.push(`/${relative(dir, folder)}/`.replace('//', '/'));
		}
	};
	walk(dir);
	return pages;
}
