/**
 * What the story leaves undone at load, so a phone's first seconds stay free for the reader
 * (docs/performance.md, "Where the load's main-thread time goes"). Structure, not timing: how long
 * a load takes is the benchmark's to watch (`npm run bench -- --against <ref>`).
 */
import { expect, hydrated, scrollToStep, steps, test } from './fixtures';

test('a graphic further than a screen below is not hydrated at load, and is as it nears @both', async ({
	page
}) => {
	await page.goto('/');
	await hydrated(page);
	const graphics = page.locator('figure[data-graphic]');
	const far = await graphics.evaluateAll((figures) =>
		figures
			.filter((f) => f.getBoundingClientRect().top > 2 * window.innerHeight)
			.map((f) => (f as HTMLElement).dataset.graphic!)
	);
	// The page is long: most of its graphics start well below the first screens.
	expect(far.length).toBeGreaterThan(2);
	for (const graphic of far) {
		const island = page.locator(`figure[data-graphic="${graphic}"] > .island`);
		await expect(island).toHaveAttribute('data-waiting', '');
		await expect(island).not.toHaveAttribute('data-hydrated');
	}
	// The reader scrolls to the last graphic's section: it hydrates then.
	const last = far[far.length - 1]!;
	const step = steps.find((s) => s.graphic === last)!;
	await scrollToStep(page, step.id);
	const island = page.locator(`figure[data-graphic="${last}"] > .island`);
	await expect(island).toHaveAttribute('data-hydrated', '');
	await expect(island).not.toHaveAttribute('data-waiting');
});
