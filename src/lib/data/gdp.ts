/**
 * Real GDP per person in Venezuela, indexed to 2013 = 100 (facts.md, section A).
 * Maddison 2013–2022 is read as levels and indexed here; 2023 comes from the Global Macro
 * Database, already an index to its own 2013, and is kept apart as another source.
 */
import { roundTo } from './format.js';
import type { SourceId } from './sources.js';

export interface GdpPoint {
	year: number;
	/** Real GDP per person, 2013 = 100. */
	index: number;
	source: SourceId;
}

export const GDP_BASE_YEAR = 2013;

/** Maddison Project Database 2023: GDP per capita, 2011 international dollars at PPP. */
const maddisonLevels: ReadonlyArray<readonly [year: number, dollars: number]> = [
	[2013, 18484],
	[2014, 17579],
	[2015, 16333],
	[2016, 13429],
	[2017, 11364],
	[2018, 9446],
	[2019, 7062],
	[2020, 4953],
	[2021, 4897],
	[2022, 5267]
];

/** Global Macro Database, June 2025 release: index to 2013 for the one year Maddison lacks. */
const gmdIndex: ReadonlyArray<readonly [year: number, index: number]> = [[2023, 30.6]];

const baseLevel = maddisonLevels.find(([year]) => year === GDP_BASE_YEAR)![1];

export const gdpSeries: readonly GdpPoint[] = [
	...maddisonLevels.map(([year, dollars]) => ({
		year,
		index: (dollars / baseLevel) * 100,
		source: 'mpd' as const
	})),
	...gmdIndex.map(([year, index]) => ({ year, index, source: 'gmd' as const }))
];

export const gdpSources: readonly SourceId[] = ['mpd', 'gmd'];

function pointAt(year: number): GdpPoint {
	const point = gdpSeries.find((p) => p.year === year);
	if (!point) throw new Error(`no GDP figure for ${year}`);
	return point;
}

/** The lowest year of the series: the bottom of the collapse. */
export const gdpTrough: GdpPoint = gdpSeries.reduce((low, p) => (p.index < low.index ? p : low));
export const gdpLatest: GdpPoint = gdpSeries[gdpSeries.length - 1]!;
/** The last Maddison year, before the series switches source. */
export const gdpLatestMaddison: GdpPoint = [...gdpSeries].reverse().find((p) => p.source === 'mpd')!;

/** Percentage fall from the base year. */
export function fallSince2013(point: GdpPoint): number {
	return pointAt(GDP_BASE_YEAR).index - point.index;
}

/** The headline fall, rounded the way the copy states it ("about 70%"). */
export const gdpFallRounded = roundTo(fallSince2013(gdpTrough), 10);
