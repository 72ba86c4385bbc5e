/**
 * The one way anything on the page moves: `tween(() => target)`. Durations drop to zero under
 * `prefers-reduced-motion`, when the reader turns motion off (src/lib/settings), and inside `motion.jump(...)`, for changes that should not animate
 * (the first state after the page loads, a jump by link).
 */
import { tick, untrack } from 'svelte';
import { cubicInOut } from 'svelte/easing';
import { prefersReducedMotion, Tween } from 'svelte/motion';
import { settings } from '$lib/settings/settings.svelte';

export const TWEEN_MS = 650;

class Motion {
	#jumping = false;

	get duration(): number {
		return this.#jumping || untrack(() => prefersReducedMotion.current || settings.motionOff) ? 0 : TWEEN_MS;
	}

	/** Applies a change, and every tween it starts, at once (tweens start when effects flush). */
	jump(change: () => void): void {
		this.#jumping = true;
		change();
		void tick().then(() => (this.#jumping = false));
	}
}

export const motion = new Motion();

/** Must be called while a component initialises. */
export function tween<T>(target: () => T): Tween<T> {
	const tweened = new Tween(untrack(target), { easing: cubicInOut });
	// The duration is settled when the change is made, so a jump lands in the same frame as the state it shows.
	$effect.pre(() => {
		const value = target();
		void tweened.set(value, { duration: motion.duration });
	});
	return tweened;
}
