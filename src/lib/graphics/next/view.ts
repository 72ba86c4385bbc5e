/** What the "what comes next" diagram draws in each of its states: pure data, testable per state. */
import { HANDOVER_BEFORE, LEGITIMACY_FROM, NEXT_END, NEXT_START, RECALL_FROM, TALKS } from '$lib/data/next';
import { decimalYear } from '$lib/data/tenure';
import { AS_OF } from '$lib/data/timeframe';
import type { GraphicState } from '$lib/graphics';

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

/**
 * The axis opens on the whole year of the diagram's start (the disputed vote), labelled at the
 * plot's edge, so every bar and line starts at or after the axis's first date, never left of it.
 */
export const NEXT_FROM = Math.floor(decimalYear(NEXT_START));
export const NEXT_TO = decimalYear(NEXT_END);
export const TALKS_FROM = decimalYear(TALKS.from);
export const TALKS_TO = decimalYear(TALKS.to);
export const HANDOVER_X = decimalYear(HANDOVER_BEFORE);
export const RECALL_X = decimalYear(RECALL_FROM);
export const LEGITIMACY_X = decimalYear(LEGITIMACY_FROM);
const NOW = decimalYear(AS_OF);

/** Stepped back, not gone: a reader still sees what was on the table (its words stay legible). */
const BACK = 0.5;

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

/** Every year, from the axis's first whole year. */
export const NEXT_TICKS: number[] = [];
for (let year = Math.ceil(NEXT_FROM); year <= NEXT_TO; year++) NEXT_TICKS.push(year);

export type NextLabelId =
	'legitimacy' | 'talks' | 'handover' | 'handoverEnd' | 'recall' | 'recallEnd' | 'pressure' | 'pressureNote';

/** Which of the diagram's parts a label belongs to: it fades in and out with that part. */
export type NextPart = 'always' | 'discussed' | 'pressure' | 'legitimacy';

export interface NextLabel {
	text: string;
	x: number;
	y: number;
	place: 'above' | 'above-right' | 'below-left' | 'below-right';
	emphasis: boolean;
	part: NextPart;
}

/** Where each label goes: at the line or bar it names, its end date at its end. */
const labelPlaces: Record<NextLabelId, Omit<NextLabel, 'text'>> = {
	legitimacy: {
		x: LEGITIMACY_X,
		y: NEXT_ROWS.legitimacy - BAR_HALF,
		place: 'above-right',
		emphasis: true,
		part: 'legitimacy'
	},
	talks: {
		x: TALKS_FROM,
		y: NEXT_ROWS.talks - BAR_HALF,
		place: 'above-right',
		emphasis: true,
		part: 'always'
	},
	handover: {
		x: TALKS_TO,
		y: NEXT_ROWS.handover,
		place: 'above-right',
		emphasis: false,
		part: 'discussed'
	},
	handoverEnd: {
		x: HANDOVER_X,
		y: NEXT_ROWS.handover,
		place: 'below-left',
		emphasis: false,
		part: 'discussed'
	},
	// Over its dot at 2027: the name carries that date, and on a phone it would not fit from the line's start.
	recall: { x: RECALL_X, y: NEXT_ROWS.recall, place: 'above', emphasis: false, part: 'discussed' },
	recallEnd: { x: NEXT_TO, y: NEXT_ROWS.recall, place: 'below-left', emphasis: false, part: 'discussed' },
	pressure: { x: TALKS_FROM, y: NEXT_ROWS.pressure, place: 'above-right', emphasis: true, part: 'pressure' },
	pressureNote: {
		x: TALKS_FROM,
		y: NEXT_ROWS.pressure,
		place: 'below-right',
		emphasis: false,
		part: 'pressure'
	}
};

/** The diagram's words, each placed: the page draws them in one loop. */
export function placeLabels(words: Record<NextLabelId, string>): NextLabel[] {
	return (Object.keys(labelPlaces) as NextLabelId[]).map((id) => ({ text: words[id], ...labelPlaces[id] }));
}

/**
 * Everything the diagram needs to place its marks, per state. It travels as page data with the
 * words, so the data modules and this arithmetic stay on the server.
 */
export function nextLayout() {
	return {
		views: nextViews,
		from: NEXT_FROM,
		to: NEXT_TO,
		yEnd: NEXT_Y_END,
		ticks: NEXT_TICKS,
		rows: NEXT_ROWS,
		barHalf: BAR_HALF,
		talks: [TALKS_FROM, TALKS_TO] as const,
		handoverX: HANDOVER_X,
		recallX: RECALL_X,
		legitimacyX: LEGITIMACY_X
	};
}
