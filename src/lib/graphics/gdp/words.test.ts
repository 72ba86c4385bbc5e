import { describe, expect, it } from 'vitest';
import { GRAPHICS } from '$lib/graphics';
import { gdpText } from './words';
import { gdpViews } from './view';

describe('the GDP chart text alternatives', () => {
	const en = gdpText('en');

	it('describes every state', () => {
		for (const state of GRAPHICS.gdp.states) expect(en.describe[state].length).toBeGreaterThan(40);
		expect(Object.keys(gdpViews).sort()).toEqual([...GRAPHICS.gdp.states].sort());
	});

	it('states the figures the chart draws, from the data', () => {
		expect(en.describe.baseline).toContain('2013 set to 100');
		expect(en.describe.collapse).toContain('2021, when it reached 26.5');
		expect(en.describe.collapse).toContain('about 70% lower');
		expect(en.describe.rebound).toContain('28.5 in 2022');
		expect(en.describe.rebound).toContain('30.6 in 2023');
	});

	it('has a Spanish edition with Spanish number formats', () => {
		const es = gdpText('es');
		expect(es.describe.collapse).toContain('26,5');
		expect(es.fallLabel.replace(/\s/g, ' ')).toBe('alrededor de un 70 % menos');
	});

	it('lists every year in the data table with its source', () => {
		expect(en.rows[0]).toEqual(['2013', '100.0', 'Maddison Project (University of Groningen)']);
		expect(en.rows[en.rows.length - 1]).toEqual(['2023', '30.6', 'Global Macro Database']);
	});
});
