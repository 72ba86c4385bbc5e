import type { GraphicTexts } from '$lib/charts/texts';

/**
 * A graphic state's text alternative, or null for a graphic or state without words (a graphic
 * not built yet). Every chart's words carry `describe`, one sentence per state.
 */
export function describe(texts: GraphicTexts, graphic: string, state: string): string | null {
	if (!Object.hasOwn(texts, graphic)) return null;
	const sentences: Readonly<Record<string, string>> = texts[graphic as keyof GraphicTexts].describe;
	return Object.hasOwn(sentences, state) ? sentences[state]! : null;
}
