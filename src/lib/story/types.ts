import type { FactKey } from '$lib/data/facts';
import type { SourceId } from '$lib/data/sources';
import { GRAPHICS, type GraphicId, type GraphicState } from '../graphics/index.js';
import type { Locale } from '../i18n/editions.js';

/** A run of copy: plain words, or a figure resolved from the data modules with its sources. */
export type Segment =
	{ kind: 'text'; text: string } | { kind: 'fact'; key: FactKey; text: string; sources: readonly SourceId[] };

/** A paragraph of copy, as segments. */
export type Rich = Segment[];

export interface Quote {
	text: string;
	speaker: string;
	/** Who the speaker is, for attribution. */
	role: string;
	/** The reporting it appeared in. */
	source: SourceId;
	publisher: string;
}

export interface Step {
	id: string;
	sectionId: string;
	/** Position in the whole story, from 0. */
	index: number;
	/** The graphic and its state at this step; null for a text step, which keeps the last graphic, dimmed. */
	graphic: GraphicId | null;
	state: GraphicState | null;
	text: Rich;
	quote?: Quote;
	/** A short source note under the card. */
	note?: Rich;
	/** For presenters: what to say at this step. Never shown to readers. */
	presenterNote?: string;
	/** The card's words, for reading time and length checks. */
	words: number;
}

export interface Section {
	id: string;
	title: string;
	steps: Step[];
}

export interface MethodNote {
	title: string;
	text: Rich;
}

export interface Story {
	locale: Locale;
	title: string;
	dek: string;
	credit: string;
	/** The "as of" date, ISO; nothing after it goes into the story's body (timeframe.ts). */
	asOf: string;
	/** The explainer's own publication date (timeframe.ts PUBLISHED), later than asOf; the note carries it too. */
	published: string;
	/** What happened after the story's date, dated, shown above the story: the body stays in its own time. */
	editorsNote: Rich;
	sections: Section[];
	/** Every section's steps, in story order: the same objects as the sections hold. */
	steps: Step[];
	method: MethodNote[];
	corrections: string[];
	credits: string;
}

/** The steps showing a graphic, in story order: the one filter every view of a graphic starts from. */
export function stepsShowing(story: { readonly steps: readonly Step[] }, graphic: GraphicId): Step[] {
	return story.steps.filter((s) => s.graphic === graphic);
}

/** The step a graphic shown on its own opens on (its embed, its card): the last in its `opens` state, or else its last. */
export function openingStep(story: Pick<Story, 'steps'>, graphic: GraphicId): Step | undefined {
	const showing = stepsShowing(story, graphic);
	const entry = GRAPHICS[graphic];
	const opens = 'opens' in entry ? entry.opens : undefined;
	return showing.filter((s) => s.state === opens).at(-1) ?? showing.at(-1);
}
