/** What the tenure timeline draws in each of its states: pure data, so every state can be tested. */
import {
	crises,
	decimalYear,
	FIRST_ELECTION,
	presidenciesDuringTenure,
	TENURE_START
} from '$lib/data/tenure';
import { AS_OF } from '$lib/data/timeframe';
import type { GraphicState } from '$lib/graphics';

export type TenureState = GraphicState<'tenure'>;

export interface TenureView {
	/** His rule is drawn up to this date (a decimal year): the crises light up as it passes them. */
	drawnTo: number;
	/** The length of his rule is labelled at the end of the bar. */
	showLength: boolean;
	/** The band of U.S. presidencies. */
	showPresidents: boolean;
	/** How strongly the crises show once lit: they step back when the presidencies come in. */
	crisesOpacity: number;
}

export const TENURE_FROM = decimalYear(TENURE_START);
export const TENURE_TO = decimalYear(AS_OF);

export const tenureViews: Record<TenureState, TenureView> = {
	takeover: {
		drawnTo: decimalYear(FIRST_ELECTION),
		showLength: false,
		showPresidents: false,
		crisesOpacity: 1
	},
	crises: { drawnTo: TENURE_TO, showLength: true, showPresidents: false, crisesOpacity: 1 },
	presidents: { drawnTo: TENURE_TO, showLength: true, showPresidents: true, crisesOpacity: 0.45 }
};

/** Rows, top to bottom: his rule, one row per crisis, then the presidencies. */
/** The bar starts low enough to leave room above it for its label. */
export const RULE_ROW = { top: 0.8, bottom: 1.2 } as const;
const crisisRow = (i: number) => RULE_ROW.bottom + 0.65 + i;
export const PRESIDENTS_ROW = { top: crisisRow(crises.length) + 0.1, bottom: crisisRow(crises.length) + 0.6 };
/** Room under the band for the label of the last, short presidency. */
export const TENURE_Y_END = PRESIDENTS_ROW.bottom + 0.9;

export interface CrisisMark {
	x: number;
	y: number;
	/** Labels sit on the side with more room, so they stay inside the chart. */
	place: 'left' | 'right';
}

const middle = (TENURE_FROM + TENURE_TO) / 2;

export const crisisMarks: CrisisMark[] = crises.map((c, i) => {
	const x = decimalYear(c.date);
	return { x, y: crisisRow(i), place: x < middle ? 'right' : 'left' };
});

export interface PresidencyBand {
	x0: number;
	x1: number;
	/** Where its name goes: inside the band when it is wide enough, else under its end. */
	label: { x: number; place: 'center' | 'below-left' };
}

/** Bands narrower than this (in years) are labelled under their end instead of inside. */
const MIN_LABELLED_INSIDE = 2;
/** A sliver between bands, so neighbours read as separate terms. */
const GAP = 0.04;

export const presidencyBands: PresidencyBand[] = presidenciesDuringTenure().map(({ from, to }) => {
	const x0 = decimalYear(from);
	const x1 = decimalYear(to);
	const inside = x1 - x0 >= MIN_LABELLED_INSIDE;
	return {
		x0: x0 + GAP,
		x1: x1 - GAP,
		label: inside ? { x: (x0 + x1) / 2, place: 'center' } : { x: x1, place: 'below-left' }
	};
});

/** Ticks every other year, from the first whole year of his rule. */
export const TENURE_TICKS: number[] = [];
for (let year = Math.ceil(TENURE_FROM); year <= TENURE_TO; year += 2) TENURE_TICKS.push(year);

/**
 * Everything the chart needs to place its marks, per state. It travels as page data with the
 * words, so the data modules and this arithmetic stay on the server.
 */
export function tenureLayout() {
	return {
		views: tenureViews,
		from: TENURE_FROM,
		to: TENURE_TO,
		yEnd: TENURE_Y_END,
		ticks: TENURE_TICKS,
		rule: RULE_ROW,
		presidents: PRESIDENTS_ROW,
		crisisMarks,
		presidencyBands
	};
}
