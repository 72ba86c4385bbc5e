import type { Description, GraphicTexts } from '$lib/graphics/build.server';

/** Every graphic's text alternatives, seen by plain names: what a caller holding any name can ask. */
type Descriptions = Readonly<Record<string, { describe: Readonly<Record<string, Description>> }>>;

/**
 * A graphic state's text alternative, or null for a name that is no graphic or state. Where a
 * state's alternative is a lead and a list, the lead is what is heard: the list stays in the
 * figure for a reader who wants it.
 */
export function describe(texts: GraphicTexts, graphic: string, state: string): string | null {
	const all: Descriptions = texts;
	if (!Object.hasOwn(all, graphic)) return null;
	const descriptions = all[graphic]!.describe;
	if (!Object.hasOwn(descriptions, state)) return null;
	const description = descriptions[state]!;
	return typeof description === 'string' ? description : description.lead;
}
