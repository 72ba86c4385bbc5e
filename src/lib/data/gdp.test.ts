import { describe, expect, it } from 'vitest';
import { fallSince2013, gdpFallRounded, gdpLatest, gdpLatestMaddison, gdpSeries, gdpTrough } from './gdp';

describe('real GDP per person', () => {
	it('is indexed to 2013 = 100 and matches the published index values', () => {
		const byYear = Object.fromEntries(gdpSeries.map((p) => [p.year, Number(p.index.toFixed(1))]));
		expect(byYear).toMatchObject({
			2013: 100,
			2014: 95.1,
			2015: 88.4,
			2016: 72.7,
			2019: 38.2,
			2020: 26.8,
			2021: 26.5,
			2022: 28.5
		});
	});

	it('bottoms out in 2021, about 70% below 2013', () => {
		expect(gdpTrough.year).toBe(2021);
		expect(fallSince2013(gdpTrough)).toBeCloseTo(73.5, 1);
		expect(gdpFallRounded).toBe(70);
	});

	it('keeps the one year from another source marked as such', () => {
		expect(gdpSeries.filter((p) => p.source === 'gmd').map((p) => p.year)).toEqual([2023]);
		expect(gdpLatest).toMatchObject({ year: 2023, index: 30.6, source: 'gmd' });
		expect(gdpLatestMaddison).toMatchObject({ year: 2022, source: 'mpd' });
		expect(fallSince2013(gdpLatest)).toBeCloseTo(69.4, 1);
	});

	it('runs year by year without gaps', () => {
		const years = gdpSeries.map((p) => p.year);
		expect(years).toEqual(Array.from({ length: years.length }, (_, i) => 2013 + i));
	});
});
