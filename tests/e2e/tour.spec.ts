/**
 * One full tour of the story per edition and viewport: scrolled step by step from the top, each
 * step is checked for everything it must show. The active card, and only it, is `aria-current`;
 * the hash names it without adding history; the graphic shows the state the story's step model
 * gives it, dimmed on a text step; nothing spills sideways; chart labels stay apart and inside
 * their plot; the map shows each state's markers, labels, legend and scale; axe finds nothing at
 * each graphic state and text step (desktop), and the dark theme keeps colour contrast there (phone); on a phone
 * nothing moves on screen but the scroll itself; the page asks nothing of any other host; and
 * scrolling back up restores the earlier state. Each step is checked as a step of the report, and
 * a failed one does not end the tour: every step's failure is reported, not only the first.
 */
import type { MapState } from '../../src/lib/graphics/map/view';
import {
	axeViolations,
	chartTextContrasts,
	expectChartLabelsApart,
	expectLabelsReadable,
	expectLegendWhole,
	expectMapState,
	settled
} from './checks';
import { englishIn, englishInterfaceStrings, phrasesOn } from './english-strings';
import { expect, expectedShown, hydrated, inEveryEdition, scrollToStep, test } from './fixtures';

/** One layout shift the reader did not cause, with what moved (described to find it in the code). */
interface Shift {
	value: number;
	step: string;
	moved: string[];
}

/** The Layout Instability API's entry, which TypeScript's DOM library does not describe yet. */
interface LayoutShiftEntry extends PerformanceEntry {
	value: number;
	hadRecentInput: boolean;
	sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

declare global {
	interface Window {
		__shifts: Shift[];
	}
}

const BACKGROUND = { light: 'rgb(251, 250, 247)', dark: 'rgb(18, 19, 22)' } as const;

/**
 * Runs one step's checks as a step of the report, and records a failure in `failures` rather than
 * ending the tour there. The tour asserts `failures` is empty once it is over.
 */
async function checkStep(failures: string[], name: string, checks: () => Promise<void>): Promise<void> {
	await test
		.step(name, checks)
		.catch(
			(error: unknown) => void failures.push(`${name}: ${error instanceof Error ? error.message : error}`)
		);
}

inEveryEdition((edition) => {
	test(
		'a tour of every step checks everything the step must show',
		{ tag: '@both' },
		async ({ page }, info) => {
			// A walk through every step with axe at most of them: more than the default budget.
			test.setTimeout(240_000);
			const phone = info.project.name === 'phone';
			await page.addInitScript(() => {
				window.__shifts = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as LayoutShiftEntry[]) {
						if (entry.hadRecentInput) continue;
						window.__shifts.push({
							value: entry.value,
							step: document.querySelector('.story')?.getAttribute('data-active-step') ?? '',
							moved: entry.sources.map((s) => {
								const el = s.node instanceof Element ? s.node : s.node?.parentElement;
								const owner = el?.closest('[data-graphic]')?.getAttribute('data-graphic') ?? '';
								return `${owner} ${el?.tagName.toLowerCase()}.${el?.getAttribute('class') ?? ''} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`;
							})
						});
					}
				}).observe({ type: 'layout-shift', buffered: true });
			});
			const hosts = new Set<string>();
			page.on('request', (r) => void hosts.add(new URL(r.url()).hostname));
			// Each state is checked as it stands, not halfway through a tween or a fade.
			await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
			await page.goto(edition.path);
			await hydrated(page);
			const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			expect(await background()).toBe(BACKGROUND.light);
			if (!phone) expect(await axeViolations(page), 'at the top').toEqual([]);
			const historyLength = await page.evaluate(() => history.length);

			// No English interface word on a page of another edition, at any step.
			const english = edition.locale === 'en' ? [] : englishInterfaceStrings();
			expect(englishIn(await phrasesOn(page), english), 'English words at the top').toEqual([]);
			const checked = new Set<string>();
			const failures: string[] = [];
			for (const step of edition.steps)
				await checkStep(failures, step.id, async () => {
					await scrollToStep(page, step.id);
					expect(englishIn(await phrasesOn(page), english), `English words at ${step.id}`).toEqual([]);
					await expect(page.locator(`[data-step-id="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
					await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
					await expect(page).toHaveURL(new RegExp(`#step-${step.id}$`));
					const shown = expectedShown(step.index, edition.steps);
					const figure = page.locator(`[data-graphic="${shown?.graphic}"]`);
					if (shown) {
						await expect(figure).toHaveAttribute('data-state', shown.state);
						await expect(figure).toHaveAttribute('data-dimmed', String(shown.dimmed));
					}
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - window.innerWidth
					);
					expect(overflow, `sideways overflow at ${step.id}`).toBeLessThanOrEqual(0);

					// A graphic state is checked where it first appears; every text step is checked.
					const state = step.graphic ? `${step.graphic}/${step.state}` : `text/${step.id}`;
					if (checked.has(state)) return;
					checked.add(state);
					if (shown && !shown.dimmed) {
						await settled(figure);
						if (shown.graphic === 'map')
							await expectMapState(page, figure, shown.state as MapState, edition.locale === 'en');
						else await expectChartLabelsApart(figure, step.id);
					}
					const faint = (await chartTextContrasts(page)).filter((t) => t.ratio < 4.5);
					expect(faint, `chart text under 4.5:1 at step ${step.id}`).toEqual([]);
					// axe once per graphic state and text step: in full, in the light theme, on the desktop
					// tour; the phone tour checks the second theme, for colour contrast only.
					if (!phone) {
						expect(await axeViolations(page), `at step ${step.id}`).toEqual([]);
						return;
					}
					await page.emulateMedia({ colorScheme: 'dark' });
					try {
						await expect.poll(background).toBe(BACKGROUND.dark);
						expect(await axeViolations(page, ['color-contrast']), `dark theme at step ${step.id}`).toEqual(
							[]
						);
						const faintDark = (await chartTextContrasts(page)).filter((t) => t.ratio < 4.5);
						expect(faintDark, `chart text under 4.5:1 in the dark at step ${step.id}`).toEqual([]);
					} finally {
						// The next step is checked in the light theme, whatever happened here.
						await page.emulateMedia({ colorScheme: 'light' });
						await expect.poll(background).toBe(BACKGROUND.light);
					}
				});
			expect.soft(failures, 'steps that failed their checks').toEqual([]);

			if (phone) {
				// The last state's first frames are drawn (and any shift they cause reported) first.
				await page.evaluate(
					() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
				);
				const shifts = await page.evaluate(() => window.__shifts);
				const total = shifts.reduce((sum, s) => sum + s.value, 0);
				const worst = [...shifts].sort((a, b) => b.value - a.value).slice(0, 5);
				expect(total, `layout shift while scrolling; worst: ${JSON.stringify(worst, null, 1)}`).toBeLessThan(
					0.01
				);
			}
			expect(await page.evaluate(() => history.length), 'scrolling adds no history entry').toBe(
				historyLength
			);
			expect([...hosts].filter((h) => h !== '127.0.0.1' && h !== 'localhost')).toEqual([]);
			expect(hosts.size).toBeGreaterThan(0);

			// And back up: the earlier state comes back.
			await scrollToStep(page, 'gdp-baseline');
			await expect(page.locator('[data-graphic="gdp"]')).toHaveAttribute('data-state', 'baseline');
			await expect(page).toHaveURL(/#step-gdp-baseline$/);
		}
	);
});

inEveryEdition((edition) => {
	test('at 320 and 1920 px, nothing spills sideways and every graphic state keeps its labels apart', async ({
		page
	}) => {
		test.setTimeout(240_000);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const failures: string[] = [];
		for (const [width, height] of [
			[320, 740],
			[1920, 1080]
		] as const) {
			await page.setViewportSize({ width, height });
			await page.goto(edition.path);
			const checked = new Set<string>();
			for (const step of edition.steps) {
				// At 1920 px only the graphics' states are visited; at 320 px, every step for the overflow.
				if (width > 600 && !step.graphic) continue;
				const where = `${step.id} at ${width} px`;
				await checkStep(failures, where, async () => {
					await scrollToStep(page, step.id);
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - window.innerWidth
					);
					expect(overflow, `sideways overflow at ${where}`).toBeLessThanOrEqual(0);
					const state = `${step.graphic}/${step.state}`;
					if (!step.graphic || checked.has(state)) return;
					checked.add(state);
					const figure = page.locator(`[data-graphic="${step.graphic}"]`);
					await expect(figure).toHaveAttribute('data-state', step.state!);
					await settled(figure);
					if (step.graphic === 'map') {
						await expectLabelsReadable(page);
						await expectLegendWhole(figure);
					} else await expectChartLabelsApart(figure, where);
				});
			}
		}
		expect(failures, 'steps that failed their checks').toEqual([]);
	});
});
