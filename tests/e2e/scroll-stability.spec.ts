import { expect, inEveryEdition, expectedShown, hydrated, scrollToStep, test, DRAWN } from './fixtures';

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

inEveryEdition((edition) => {
	test('scrolling the whole story on a phone moves nothing on screen but the scroll itself', async ({
		page
	}, info) => {
		test.skip(
			info.project.name !== 'phone',
			'the phone layout, where a graphic and its notes share the screen'
		);
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
		await page.goto(edition.path);
		await hydrated(page);
		for (const step of edition.steps) {
			await scrollToStep(page, step.id);
			await expect(page.locator(`[data-step-id="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
			const shown = expectedShown(step.index);
			if (shown && DRAWN.has(shown.graphic))
				await expect(page.locator(`[data-graphic="${shown.graphic}"]`)).toHaveAttribute(
					'data-state',
					shown.state
				);
			// The state's first frames are drawn (and any shift they cause reported) before moving on.
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
		}
		const shifts = await page.evaluate(() => window.__shifts);
		const total = shifts.reduce((sum, s) => sum + s.value, 0);
		const worst = [...shifts].sort((a, b) => b.value - a.value).slice(0, 5);
		expect(total, `layout shift while scrolling; worst: ${JSON.stringify(worst, null, 1)}`).toBeLessThan(
			0.01
		);
	});
});
