import { motion } from '$lib/charts/motion.svelte';
import { replaceHash, stepIdFromHash } from '$lib/story/hash';
import type { StoryState } from '$lib/story/story-state.svelte';
import { cardOf } from './cards';
import { scrollStepToTrigger } from './trigger';

/**
 * The URL hash as a driver of the story and a reader of it: `#step-<id>` opens a step, on load and
 * on every `hashchange`, and the hash follows the active step once the reader is engaged. Create it
 * during a component's initialisation.
 */
export class HashDriver {
	/**
	 * Whether the hash follows the active step yet. A reader who arrives with no step in the hash
	 * (none, or another anchor) keeps that URL until they scroll into the story.
	 */
	engaged = $state(false);
	#story: StoryState;

	constructor(story: StoryState) {
		this.#story = story;
		$effect(() => {
			const id = story.step?.id;
			if (id && this.engaged) replaceHash(id);
		});
	}

	/**
	 * Opens the step the hash names; with no step in the hash, the first step, unless the scroll
	 * driver has already found the reader further down (a reload mid-story, a scroll before the page
	 * was hydrated). Then follows the hash; the result stops following it.
	 */
	start(): () => void {
		if (stepIdFromHash(location.hash) !== null) this.#follow();
		else if (this.#story.index === null) motion.jump(() => this.#story.go(0));
		window.addEventListener('hashchange', this.#follow);
		return () => window.removeEventListener('hashchange', this.#follow);
	}

	/** Opens the step a `#step-<id>` hash names; an unknown or unreadable id opens the first. */
	#follow = (): void => {
		const id = stepIdFromHash(location.hash);
		if (id === null) return;
		this.engaged = true;
		const story = this.#story;
		motion.jump(() => {
			if (!story.go(id)) story.go(0);
		});
		const card = cardOf(story.step!.id);
		if (card) scrollStepToTrigger(card);
	};
}
