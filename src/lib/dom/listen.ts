import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that listens for one event on its element: `{@attach listen('click', go)}`.
 * Every component uses it instead of `onclick={go}` and the other delegated event attributes
 * (`listen.test.ts` keeps it so). Svelte handles those attributes by delegation: a `delegate()`
 * call and per-element handler properties that every route's shared chunk then carries. The
 * dispatcher itself ships anyway; what a plain listener saves is that glue. Measured on
 * December 4, 2026, moving the last two `onclick` buttons (ShareButton, DisplaySwitches) onto
 * `listen` took the story route from 61,244 to 61,202 bytes of gzipped JavaScript (its budget is
 * 61,440), each embed route from 57,885 to 57,750, and the presenter from 59,817 to 59,678.
 */
export function listen<K extends keyof HTMLElementEventMap>(
	type: K,
	handler: (event: HTMLElementEventMap[K]) => void
): Attachment<HTMLElement> {
	return (element) => {
		element.addEventListener(type, handler);
		return () => element.removeEventListener(type, handler);
	};
}
