/**
 * An event listener as a Svelte attachment. The embeds use it instead of `onclick={...}`: Svelte's
 * delegated events need a runtime module, and runtime modules end up in the chunk every route
 * shares, so the story route would pay for the embeds' buttons.
 */
export function on<K extends keyof HTMLElementEventMap>(
	type: K,
	listener: (event: HTMLElementEventMap[K]) => void
): (element: HTMLElement) => () => void {
	return (element) => {
		element.addEventListener(type, listener);
		return () => element.removeEventListener(type, listener);
	};
}
