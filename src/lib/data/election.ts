/**
 * The 28 July 2024 presidential election: the electoral council's first announcement
 * against the opposition's tally sheets (facts.md, section B). Shares in percent.
 */
import type { SourceId } from './sources';

export const ELECTION_DATE = '2024-07-28';

export type Candidate = 'maduro' | 'gonzalez' | 'others';

export interface Count {
	id: 'official' | 'tally';
	source: SourceId;
	/** What the count covers, as the source line says it. */
	coveragePct: number;
	shares: Record<Candidate, number>;
}

export const officialCount: Count = {
	id: 'official',
	source: 'cne',
	coveragePct: 80,
	shares: { maduro: 51.2, gonzalez: 44.2, others: 4.6 }
};

/** resultadosconvzla.com: 24,532 sheets. Shares from the published vote totals. */
const tallyVotes: Record<Candidate, number> = { maduro: 3241461, gonzalez: 7156462, others: 261205 };
const tallyTotal = tallyVotes.maduro + tallyVotes.gonzalez + tallyVotes.others;

export const tallyCount: Count = {
	id: 'tally',
	source: 'oppositionTally',
	coveragePct: 81.7,
	shares: {
		maduro: (tallyVotes.maduro / tallyTotal) * 100,
		gonzalez: (tallyVotes.gonzalez / tallyTotal) * 100,
		others: (tallyVotes.others / tallyTotal) * 100
	}
};

/** González's lead over Maduro in a count, in percentage points (negative: Maduro ahead). */
export function margin(count: Count): number {
	return count.shares.gonzalez - count.shares.maduro;
}

export const tallyMargin = margin(tallyCount);
