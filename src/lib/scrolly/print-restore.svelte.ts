import { untrack } from 'svelte';
import type { StoryState } from '$lib/story/story-state.svelte';
import { cardOf } from './cards';
import type { Printing } from './printing.svelte';
import { scrollStepToTrigger } from './trigger';

/**
 * Puts the reader back on their step after printing. Where the page is laid out for paper in place
 * (print emulation, browsers that print the live page), the scroll position lands on other steps:
 * the scroll driver is to be ignored while `holding`, and once the screen layout is back the reader
 * is put back on the step they printed from. Create it during a component's initialisation.
 */
export class PrintRestore {
	#printing: Printing;
	/** The step the reader was on when printing began, until they are back on it. */
	#printedFrom: string | null = null;

	constructor(story: StoryState, printing: Printing) {
		this.#printing = printing;
		$effect(() => {
			if (printing.on) {
				this.#printedFrom = untrack(() => story.step?.id ?? this.#printedFrom);
				return;
			}
			const id = this.#printedFrom;
			if (id === null) return;
			// Two frames: the screen layout, and the observers' late reports about the paper one, first.
			let frame = requestAnimationFrame(() => {
				frame = requestAnimationFrame(() => {
					this.#printedFrom = null;
					story.go(id);
					const card = cardOf(id);
					if (card) scrollStepToTrigger(card);
				});
			});
			return () => cancelAnimationFrame(frame);
		});
	}

	/** Whether the scroll driver's reports are to be ignored: while printing, and until the reader is back. */
	get holding(): boolean {
		return this.#printing.on || this.#printedFrom !== null;
	}
}
