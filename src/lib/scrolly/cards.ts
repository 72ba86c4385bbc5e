import { afterAllTasks } from '$lib/hydration/task-queue';
import type { StoryState } from '$lib/story/story-state.svelte';

/** A step's card in the page (`StepCard.svelte`), if it is there yet. */
export function cardOf(id: string): HTMLElement | null {
	return document.getElementById(`step-${id}`);
}

/** Every step's card, in story order. */
export function cardsOf(story: StoryState): HTMLElement[] {
	return story.steps.map((s) => cardOf(s.id)).filter((c): c is HTMLElement => c !== null);
}

/**
 * Starts what needs the step cards once every card is in the page: at once where the server
 * rendered them; on a page rendered in the browser, after the islands that mount them. The result
 * stops it, started or not.
 */
export function whenCardsReady(story: StoryState, start: () => () => void): () => void {
	if (story.steps.every((s) => cardOf(s.id))) return start();
	let stop = (): void => {};
	const cancel = afterAllTasks(() => (stop = start()));
	return () => {
		cancel();
		stop();
	};
}
