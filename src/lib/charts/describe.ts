import type { GraphicTexts } from '$lib/charts/texts';

/** A state's text alternative: one sentence, or (the map) a lead sentence over a list of items. */
type Description = string | { lead: string };

/**
 * A graphic state's text alternative, or null for a graphic or state without words (a graphic
 * not built yet). Where a state's alternative is a lead and a list, the lead is what is heard:
 * the list stays in the figure for a reader who wants it.
 */
export function describe(texts: GraphicTexts, graphic: string, state: string): string | null {
	if (!Object.hasOwn(texts, graphic)) return null;
	const descriptions: Readonly<Record<string, Description>> = texts[graphic as keyof GraphicTexts].describe;
	if (!Object.hasOwn(descriptions, state)) return null;
	const description = descriptions[state]!;
	return typeof description === 'string' ? description : description.lead;
}
