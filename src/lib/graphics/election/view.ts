/** What the election chart draws in each of its states: pure data, so every state can be tested. */
import { officialCount, tallyCount, type Candidate, type Count } from '$lib/data/election';
import type { GraphicState } from '$lib/graphics';

export type ElectionState = GraphicState<'election'>;

/** The two candidates the chart draws; the others' shares are in its table. */
export const CANDIDATES = ['maduro', 'gonzalez'] as const satisfies readonly Candidate[];
export type Runner = (typeof CANDIDATES)[number];

export interface ElectionView {
	/** The count the bars show. */
	count: Count['id'];
	/** The council's figures stay in view, in grey, under the bars. */
	showOfficial: boolean;
	/** González's lead is drawn on Maduro's row. */
	showMargin: boolean;
	/** The independent checks are noted under the bars. */
	showChecks: boolean;
	/** The y axis ends here, in rows: more rows leave room for the notes. */
	yEnd: number;
}

/** Rows of the bars alone; with the notes, the bars take the top part of the chart. */
export const BAR_ROWS = CANDIDATES.length + 0.3;
export const NOTES_FROM = BAR_ROWS;
const ROWS_WITH_NOTES = BAR_ROWS / 0.5;

export const electionViews: Record<ElectionState, ElectionView> = {
	official: { count: 'official', showOfficial: false, showMargin: false, showChecks: false, yEnd: BAR_ROWS },
	tally: { count: 'tally', showOfficial: true, showMargin: true, showChecks: false, yEnd: BAR_ROWS },
	checks: { count: 'tally', showOfficial: true, showMargin: true, showChecks: true, yEnd: ROWS_WITH_NOTES }
};

export const counts: Record<Count['id'], Count> = { official: officialCount, tally: tallyCount };

/** Each candidate's row in a count: the larger share on top. */
export function rowOf(count: Count, candidate: Runner): number {
	return CANDIDATES.filter((c) => count.shares[c] > count.shares[candidate]).length;
}

export interface ElectionBar {
	share: number;
	row: number;
}

/** The bars of a view, in the order of CANDIDATES, so they tween candidate by candidate. */
export function barsOf(view: ElectionView): ElectionBar[] {
	const count = counts[view.count];
	return CANDIDATES.map((c) => ({ share: count.shares[c], row: rowOf(count, c) }));
}

/** Where things sit inside a row, in row units. */
export const ROW = { barTop: 0.35, barBottom: 0.62, officialTop: 0.68, officialBottom: 0.75 } as const;

/**
 * Everything the chart needs to place its marks, per state. It travels as page data with the
 * words, so the data modules and this arithmetic stay on the server.
 */
export function electionLayout() {
	return {
		views: electionViews,
		bars: {
			official: barsOf(electionViews.official),
			tally: barsOf(electionViews.tally),
			checks: barsOf(electionViews.checks)
		} satisfies Record<ElectionState, ElectionBar[]>,
		officialShares: CANDIDATES.map((c) => officialCount.shares[c]),
		notesFrom: NOTES_FROM,
		row: ROW
	};
}
