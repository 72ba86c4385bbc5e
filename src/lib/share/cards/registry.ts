/**
 * The one table from graphic ids to the functions that draw them as share images. A graphic
 * missing here gets a words card (its text alternative under the section title) until its
 * renderer is added.
 */
import type { GraphicId } from '$lib/story/graphics';
import type { CardGraphic } from '../card';
import { aftermathCard } from './aftermath';
import { electionCard } from './election';
import { gdpCard } from './gdp';
import { mapCard } from './map';
import { nextCard } from './next';
import { tenureCard } from './tenure';

/**
 * Each renderer takes its own state names and its own text (the graphic's entry in
 * graphicTexts); the table erases both to plain types, as the chart registry does. That is
 * safe: the story validator has checked every state against its graphic, and the text handed
 * over is looked up by the same id.
 */
export type CardRenderer = (state: string, text: unknown) => CardGraphic;

export const cardRenderers: Partial<Record<GraphicId, CardRenderer>> = {
	map: mapCard as CardRenderer,
	gdp: gdpCard as CardRenderer,
	election: electionCard as CardRenderer,
	tenure: tenureCard as CardRenderer,
	next: nextCard as CardRenderer,
	aftermath: aftermathCard as CardRenderer
};
