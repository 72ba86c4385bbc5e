/** What the "what comes next" diagram draws in each of its states: pure data, testable per state. */
import { HANDOVER_BEFORE, LEGITIMACY_FROM, NEXT_END, NEXT_START, RECALL_FROM, TALKS } from '$lib/data/next';
import { AS_OF, decimalYear } from '$lib/data/tenure';
import type { GraphicState } from '$lib/story/graphics';

export type NextState = GraphicState<'next'>;

export interface NextView {
	/** The paths discussed in the talks: full, then stepping back once no deal came. */
	discussedOpacity: number;
	/** The pressure path is drawn up to this decimal year. */
	pressureTo: number;
	pressureOpacity: number;
	/** The disputed mandate, from the 2024 vote on. */
	legitimacyOpacity: number;
}

export const NEXT_FROM = decimalYear(NEXT_START);
export const NEXT_TO = decimalYear(NEXT_END);
export const TALKS_FROM = decimalYear(TALKS.from);
export const TALKS_TO = decimalYear(TALKS.to);
export const HANDOVER_X = decimalYear(HANDOVER_BEFORE);
export const RECALL_X = decimalYear(RECALL_FROM);
export const LEGITIMACY_X = decimalYear(LEGITIMACY_FROM);
const NOW = decimalYear(AS_OF);

/** Stepped back, not gone: a reader still sees what was on the table. */
const BACK = 0.35;

export const nextViews: Record<NextState, NextView> = {
	talks: { discussedOpacity: 1, pressureTo: TALKS_TO, pressureOpacity: 0, legitimacyOpacity: 0 },
	pressure: { discussedOpacity: BACK, pressureTo: NOW, pressureOpacity: 1, legitimacyOpacity: 0 },
	legitimacy: { discussedOpacity: BACK, pressureTo: NOW, pressureOpacity: BACK, legitimacyOpacity: 1 }
};

/** The y of each row, top to bottom. A row holds a label above its line and one below. */
export const NEXT_ROWS = { legitimacy: 0.6, talks: 1.6, handover: 2.6, recall: 3.6, pressure: 4.6 } as const;
export const NEXT_Y_END = 5.4;
/** Half the thickness of the bars (the talks, the disputed mandate), in rows. */
export const BAR_HALF = 0.13;

export const NEXT_TICKS: number[] = [];
for (let year = Math.ceil(NEXT_FROM); year <= NEXT_TO; year++) NEXT_TICKS.push(year);
