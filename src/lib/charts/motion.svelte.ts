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

export function tween<T>(target: () => T): Tween<T> {
	return Tween.of(target, { duration: () => motion.duration, easing: cubicInOut });
}
