import { describe, expect, it } from 'vitest';
import { crises, TENURE_START } from '$lib/data/tenure';
import { GRAPHICS } from '$lib/graphics';
import { tenureText } from './words';
import { litness } from './litness';
import { crisisMarks, presidencyBands, TENURE_FROM, TENURE_TO, tenureViews } from './view';

describe('the tenure chart’s states', () => {
	it('has a view for every state the story may name', () => {
		expect(Object.keys(tenureViews).sort()).toEqual([...GRAPHICS.tenure.states].sort());
	});

	it('lights no crisis at the takeover, and every crisis once the bar reaches the story’s date', () => {
		const lit = (state: keyof typeof tenureViews) =>
			crisisMarks.map((m) => litness(m.x, tenureViews[state].drawnTo));
		expect(lit('takeover')).toEqual(crises.map(() => 0));
		expect(lit('crises')).toEqual(crises.map(() => 1));
	});

	it('lights the crises one at a time as the bar passes them', () => {
		const justBefore2017 = crisisMarks[3]!.x - 0.01;
		expect(crisisMarks.map((m) => litness(m.x, justBefore2017))).toEqual([1, 1, 1, 0, 0, 0]);
	});

	it('keeps every label on the side with room, and the bands inside the timeline', () => {
		for (const mark of crisisMarks) {
			expect(mark.x).toBeGreaterThan(TENURE_FROM);
			expect(mark.x).toBeLessThan(TENURE_TO);
			expect(mark.place).toBe(mark.x < (TENURE_FROM + TENURE_TO) / 2 ? 'right' : 'left');
		}
		expect(presidencyBands[0]!.x0).toBeGreaterThanOrEqual(TENURE_FROM);
		expect(presidencyBands.at(-1)!.x1).toBeLessThanOrEqual(TENURE_TO);
		expect(presidencyBands.map((b) => b.label.place)).toEqual(['center', 'center', 'center', 'below-left']);
	});
});

describe('the tenure chart’s words', () => {
	const en = tenureText('en');

	it('gives the length of his rule from the dates', () => {
		expect(en.lengthLabel).toBe('12 years and 8 months');
		expect(en.describe.crises).toContain('12 years and 8 months long');
		expect(en.title).toBe('Maduro in power, March 2013 to December 2025');
	});

	it('labels each crisis with its year from the data', () => {
		expect(en.crisisLabels).toEqual([
			'2014: street protests',
			'2015: opposition wins Assembly',
			'2016: recall vote blocked',
			'2017: deadly protests',
			'2019: U.S. backs Guaidó',
			'2024: disputed election'
		]);
		expect(en.describe.presidents).toContain('Barack Obama, Donald Trump, Joe Biden, Donald Trump');
	});

	it('tabulates the takeover, every crisis and every presidency with its source', () => {
		expect(en.rows[0]).toEqual([
			'March 8, 2013',
			expect.stringContaining('acting president'),
			expect.any(String)
		]);
		expect(en.rows).toHaveLength(2 + crises.length + 4);
		expect(en.rows.at(-1)![0]).toBe('January 20, 2025 – …');
		expect(TENURE_START).toBe('2013-03-08');
	});

	it('has a Spanish edition', () => {
		const es = tenureText('es');
		expect(es.lengthLabel).toBe('12 años y 8 meses');
		expect(es.describe.takeover).toContain('marzo de 2013');
	});
});
