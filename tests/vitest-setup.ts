// jsdom lacks two browser APIs that Svelte's reactivity helpers reach for.
const g = globalThis as Record<string, unknown>;
g.matchMedia ??= (query: string) => ({
	matches: false,
	media: query,
	onchange: null,
	addEventListener() {},
	removeEventListener() {},
	addListener() {},
	removeListener() {},
	dispatchEvent: () => false
});
g.ResizeObserver ??= class {
	observe() {}
	unobserve() {}
	disconnect() {}
};
