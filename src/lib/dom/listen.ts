import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that listens for one event on its element: `{@attach listen('click', go)}`.
 * Used instead of `onclick={go}` on purpose: Svelte's event-delegation code would otherwise join
 * the runtime chunk every route shares, and the story page's JavaScript budget is tight. A plain
 * listener costs the story page nothing.
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
