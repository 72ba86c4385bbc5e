import { describe, expect, it } from 'vitest';
import { independentChecks, margin, officialCount, tallyCount, tallyMargin, voteRatio } from './election';

describe('the 2024 election counts', () => {
	it('takes the council’s first announcement as published', () => {
		expect(officialCount.shares).toEqual({ maduro: 51.2, gonzalez: 44.2, others: 4.6 });
		expect(margin(officialCount)).toBeCloseTo(-7, 5);
	});

	it('computes the tally-sheet shares from the votes, adding up to 100', () => {
		const { maduro, gonzalez, others } = tallyCount.shares;
		expect(maduro + gonzalez + others).toBeCloseTo(100, 9);
		expect(Math.round(gonzalez)).toBe(67);
		expect(Math.round(maduro)).toBe(30);
	});

	it('draws the margin from the shares: about 37 points', () => {
		expect(tallyMargin).toBe(tallyCount.shares.gonzalez - tallyCount.shares.maduro);
		expect(Math.round(tallyMargin)).toBe(37);
	});

	it('lists the independent checks in the order they came out, within weeks of the vote', () => {
		const dates = independentChecks.map((c) => c.date);
		expect(dates).toEqual([...dates].sort());
		for (const date of dates) expect(date > '2024-07-28' && date < '2024-09-01').toBe(true);
	});

	it('has recounts that reach the tally sheets’ result: about 2.2 votes for González to each for Maduro', () => {
		const recounts = independentChecks.filter((c) => c.recount);
		expect(recounts.map((c) => c.source)).toEqual(['ap', 'wapo']);
		const tallyRatio = tallyCount.shares.gonzalez / tallyCount.shares.maduro;
		for (const check of recounts) expect(voteRatio(check.recount!.votes) / tallyRatio).toBeCloseTo(1, 1);
	});
});
