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

/** Tally sheets the opposition collected and published at resultadosconvzla.com. */
export const TALLY_SHEETS = 24532;

/** resultadosconvzla.com: the votes on those sheets. Shares from the published vote totals. */
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

/** Votes a check counted, for the two leading candidates. */
export interface CheckedVotes {
	gonzalez: number;
	maduro: number;
}

/** The independent checks of the result, in the order they came out (facts.md, section B). */
export interface IndependentCheck {
	source: 'ap' | 'wapo' | 'carter' | 'unPanel';
	/** When it was published (the first day, where reports span two). */
	date: string;
	/** For the recounts: the tally sheets read and the votes they add up to. */
	recount?: { sheets: number; votes: CheckedVotes };
}

export const independentChecks: readonly IndependentCheck[] = [
	{ source: 'carter', date: '2024-07-30' },
	/** AP published its totals rounded to the nearest ten thousand votes. */
	{
		source: 'ap',
		date: '2024-08-02',
		recount: { sheets: 24000, votes: { gonzalez: 6_890_000, maduro: 3_130_000 } }
	},
	{
		source: 'wapo',
		date: '2024-08-04',
		recount: { sheets: 23720, votes: { gonzalez: 6_901_845, maduro: 3_131_103 } }
	},
	/** The interim report is dated 9 August; it was made public on the 13th. */
	{ source: 'unPanel', date: '2024-08-13' }
];

/** How many times González's votes a recount gives Maduro's: the ratio the tally sheets show. */
export function voteRatio(votes: CheckedVotes): number {
	return votes.gonzalez / votes.maduro;
}
