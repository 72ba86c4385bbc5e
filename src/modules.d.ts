declare module 'archieml' {
	/** ArchieML ships CommonJS with no types: its one function we use. */
	const archieml: { load(text: string, options?: { comments?: boolean }): Record<string, unknown> };
	export default archieml;
}

declare module '*.aml' {
	const story: import('$lib/story/types').Story;
	export default story;
}
