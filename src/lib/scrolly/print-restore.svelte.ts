import { untrack } from 'svelte';
import type { StoryState } from '$lib/story/story-state.svelte';
import { cardOf } from './cards';
import type { Printing } from './printing.svelte';
import { scrollStepToTrigger } from './trigger';

/**
 * Puts the reader back on their step after printing. Where the page is laid out for paper in place
 * (print emulation, browsers that print the live page), the scroll position lands on other steps:
 * while the result says so, the scroll driver is to be ignored, and once the screen layout is back
 * the reader is put back on the step they printed from. Create it during a component's
 * initialisation.
 */
export function printRestore(story: StoryState, printing: Printing): () => boolean {
	/** The step the reader was on when printing began, until they are back on it. */
	let printedFrom: string | null = null;
	$effect(() => {
		if (printing.on) {
			printedFrom = untrack(() => story.step?.id ?? printedFrom);
			return;
		}
		const id = printedFrom;
		if (id === null) return;
		// Two frames: the screen layout, and the observers' late reports about the paper one, first.
		let frame = requestAnimationFrame(() => {
			frame = requestAnimationFrame(() => {
				printedFrom = null;
				story.go(id);
				const card = cardOf(id);
				if (card) scrollStepToTrigger(card);
			});
		});
		return () => cancelAnimationFrame(frame);
	});
	return () => printing.on || printedFrom !== null;
}
