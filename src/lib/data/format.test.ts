import { describe, expect, it } from 'vitest';
import { createFormat, roundTo } from './format';
import { yearsAndMonths, tenureLength } from './tenure';
import { margin, tallyCount, tallyMargin } from './election';
import { factText, facts } from './facts';

describe('formatting', () => {
	it('formats per edition', () => {
		const en = createFormat('en');
		const es = createFormat('es');
		expect(en.percent(51.2, 1)).toBe('51.2%');
		expect(es.percent(51.2, 1).replace(/\s/g, ' ')).toBe('51,2 %');
		expect(en.date('2024-07-28')).toBe('July 28, 2024');
		expect(es.date('2024-07-28')).toBe('28 de julio de 2024');
		expect(en.duration(12, 8)).toBe('12 years and 8 months');
		expect(en.points(36.7)).toBe('37 points');
	});

	it('rounds approximate figures the way the copy states them', () => {
		expect(roundTo(73.5, 10)).toBe(70);
		expect(roundTo(26.1, 5)).toBe(25);
	});
});

describe('derived figures', () => {
	it('computes the tenure from dates', () => {
		expect(yearsAndMonths('2013-03-08', '2025-11-24')).toEqual({ years: 12, months: 8 });
		expect(yearsAndMonths('2013-03-08', '2014-03-07')).toEqual({ years: 0, months: 11 });
		expect(tenureLength.years).toBe(12);
		expect(() => yearsAndMonths('2025-01-01', '2024-01-01')).toThrow();
	});

	it('computes the tally-sheet margin from the vote counts: nearly 40 points', () => {
		expect(tallyCount.shares.gonzalez).toBeCloseTo(67.1, 1);
		expect(tallyCount.shares.maduro).toBeCloseTo(30.4, 1);
		expect(tallyMargin).toBeCloseTo(36.7, 1);
		expect(margin({ ...tallyCount, shares: { maduro: 50, gonzalez: 40, others: 10 } })).toBe(-10);
	});

	it('renders every fact, and every fact names a source', () => {
		for (const key of Object.keys(facts) as (keyof typeof facts)[]) {
			expect(factText(key, 'en')).not.toBe('');
			expect(factText(key, 'es')).not.toBe('');
			expect(facts[key].sources.length).toBeGreaterThan(0);
		}
		expect(factText('election.margin', 'en')).toBe('37 points');
		expect(factText('strikes.killed', 'en')).toBe('83');
	});
});
