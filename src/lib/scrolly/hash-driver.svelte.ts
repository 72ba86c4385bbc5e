import { motion } from '$lib/graphics/common/motion.svelte';
import { openStepFromHash, replaceHash } from '$lib/story/hash';
import type { StoryState } from '$lib/story/story-state.svelte';
import { cardOf } from './cards';
import { scrollStepToTrigger } from './trigger';

export interface HashDriver {
	/**
	 * Opens the step the hash names; with no step in the hash, the first step, unless the scroll
	 * driver has already found the reader further down (a reload mid-story, a scroll before the page
	 * was hydrated). Then follows the hash; the result stops following it.
	 */
	start(): () => void;
	/**
	 * From now on the hash follows the active step. A reader who arrives with no step in the hash
	 * (none, or another anchor) keeps that URL until they scroll into the story.
	 */
	engage(): void;
}

/**
 * The URL hash as a driver of the story and a reader of it: `#step-<id>` opens a step, on load and
 * on every `hashchange`, and the hash follows the active step once the reader is engaged. Create it
 * during a component's initialisation.
 */
export function hashDriver(story: StoryState): HashDriver {
	let engaged = $state(false);
	$effect(() => {
		const id = story.step?.id;
		if (id && engaged) replaceHash(id);
	});

	function follow(): boolean {
		if (!openStepFromHash(story)) return false;
		engaged = true;
		const card = cardOf(story.step!.id);
		if (card) scrollStepToTrigger(card);
		return true;
	}

	return {
		start() {
			if (!follow() && story.index === null) motion.jump(() => story.go(0));
			window.addEventListener('hashchange', follow);
			return () => window.removeEventListener('hashchange', follow);
		},
		engage: () => (engaged = true)
	};
}
