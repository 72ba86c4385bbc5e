/**
 * The URL hash as a driver and a reader of the step-state model: `#step-<id>` opens a step,
 * and the hash follows the active step with `history.replaceState`, so no history entry is added.
 */
import { motion } from '$lib/graphics/common/motion.svelte';
import type { StoryState } from './story-state.svelte';

const PREFIX = '#step-';

/**
 * The step id a hash names: null when the hash is not a step link at all (another anchor, or
 * none); '' when it is a step link that cannot be read.
 */
export function stepIdFromHash(hash: string): string | null {
	if (!hash.startsWith(PREFIX)) return null;
	try {
		return decodeURIComponent(hash.slice(PREFIX.length));
	} catch {
		return '';
	}
}

export function hashForStep(id: string): string {
	return PREFIX + encodeURIComponent(id);
}

/** Replaces the hash without a history entry, keeping the router's own history state. */
export function replaceHash(id: string): void {
	const hash = hashForStep(id);
	if (location.hash === hash) return;
	history.replaceState(history.state, '', hash);
}

/**
 * The one hash opener, for the story page and the presenter alike: opens the step `#step-<id>` names,
 * at once (an unknown or unreadable id, the first); false for a hash that names no step at all.
 */
export function openStepFromHash(story: StoryState): boolean {
	const id = stepIdFromHash(location.hash);
	if (id === null) return false;
	motion.jump(() => {
		if (!story.go(id)) story.go(0);
	});
	return true;
}
