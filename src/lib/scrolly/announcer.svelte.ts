import { describe } from '$lib/graphics/common/describe';
import type { GraphicTexts } from '$lib/graphics/build.server';
import type { StoryState } from '$lib/story/story-state.svelte';

const ANNOUNCE_AFTER_MS = 500;

/**
 * What screen readers hear as the story moves (the result reads it, for an `aria-live` region):
 * the text alternative of each new graphic state, once the reader settles on it (a fling through
 * five steps announces one), and nothing on load, on text steps, or when the state has not
 * changed. Create it during a component's initialisation.
 */
export function announcer(story: StoryState, texts: GraphicTexts): () => string {
	let announcement = $state('');
	/** The last state announced; undefined until the page has opened on its first step. */
	let announced: string | null | undefined;
	$effect(() => {
		const shown = story.shown;
		if (story.index === null) return;
		const key = shown && !shown.dimmed ? `${shown.graphic}:${shown.state}` : null;
		if (announced === undefined) {
			announced = key;
			return;
		}
		if (shown === null || key === null || key === announced) return;
		const words = describe(texts, shown.graphic, shown.state);
		if (!words) return;
		const timer = setTimeout(() => {
			announced = key;
			announcement = words;
		}, ANNOUNCE_AFTER_MS);
		return () => clearTimeout(timer);
	});
	return () => announcement;
}
