import type { Attachment } from 'svelte/attachments';
import { postTask } from '$lib/hydration/task-queue';
import type { StoryState } from '$lib/story/story-state.svelte';
import { cardsOf, whenCardsReady } from './cards';
import { scrollSteps } from './scroll-steps';
import { triggerOffset } from './trigger';

/**
 * The scroll driver, as an attachment for the story's root: once the step cards are in the page,
 * each card that crosses the trigger line (`triggerOffset`, for the viewport's width) is handed
 * to `enter`. It starts in a task of its own: setting up measures every card, a layout of
 * the whole page, which would otherwise join the story's hydration in one long task.
 */
export function scrollDriver(story: StoryState, enter: (stepId: string) => void): Attachment {
	return () => {
		let stop = (): void => {};
		const cancel = postTask(() => {
			stop = whenCardsReady(story, () =>
				scrollSteps({
					steps: cardsOf(story),
					offset: () => triggerOffset(window.innerWidth),
					onEnter: (card) => enter(card.dataset.stepId ?? '')
				})
			);
		});
		return () => {
			cancel();
			stop();
		};
	};
}
