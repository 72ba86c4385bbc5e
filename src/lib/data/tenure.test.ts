import { describe, expect, it } from 'vitest';
import {
	crises,
	finalTenureLength,
	decimalYear,
	FIRST_ELECTION,
	presidencies,
	presidenciesDuringTenure,
	TENURE_START,
	tenureLength,
	yearsAndMonths
} from './tenure';
import { AS_OF, CAPTURE_DATE } from './timeframe';

describe('Maduro’s tenure', () => {
	it('is computed from its dates: 12 years and 8 months to the story’s date', () => {
		expect(tenureLength).toEqual(yearsAndMonths(TENURE_START, AS_OF));
		expect(tenureLength).toEqual({ years: 12, months: 8 });
	});

	it('ends with his capture, 12 years and 9 months after he took over', () => {
		expect(finalTenureLength).toEqual(yearsAndMonths(TENURE_START, CAPTURE_DATE));
		expect(finalTenureLength).toEqual({ years: 12, months: 9 });
	});

	it('reads dates as decimal years, and refuses what is not a date', () => {
		expect(decimalYear('2013-01-01')).toBe(2013);
		expect(decimalYear('2024-07-02')).toBeCloseTo(2024.5, 2);
		expect(decimalYear(TENURE_START)).toBeCloseTo(2013.18, 2);
		expect(() => decimalYear('March 2013')).toThrow(/not an ISO date/);
		expect(() => decimalYear('2013-03')).toThrow();
	});

	it('lists the crises in order, each inside his rule, after the election that confirmed him', () => {
		const dates = crises.map((c) => c.date);
		expect(dates).toEqual([...dates].sort());
		expect(new Set(crises.map((c) => c.id)).size).toBe(crises.length);
		for (const crisis of crises) {
			expect(crisis.date > FIRST_ELECTION).toBe(true);
			expect(crisis.date <= AS_OF).toBe(true);
		}
		expect(crises.map((c) => c.date.slice(0, 4))).toEqual(['2014', '2015', '2016', '2017', '2019', '2024']);
	});

	it('has U.S. presidencies that follow each other without gaps', () => {
		for (let i = 1; i < presidencies.length; i++)
			expect(presidencies[i]!.start).toBe(presidencies[i - 1]!.end);
		expect(presidencies.at(-1)!.end).toBeNull();
	});

	it('cuts the presidencies to his rule: they cover it from the first day to the story’s date', () => {
		const spans = presidenciesDuringTenure();
		expect(spans.map((s) => s.presidency.id)).toEqual(['obama', 'trump1', 'biden', 'trump2']);
		expect(spans[0]!.from).toBe(TENURE_START);
		expect(spans.at(-1)!.to).toBe(AS_OF);
		for (let i = 1; i < spans.length; i++) expect(spans[i]!.from).toBe(spans[i - 1]!.to);
	});
});
