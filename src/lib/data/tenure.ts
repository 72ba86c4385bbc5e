/** Maduro's time in power, from dates (facts.md, section C). Nothing here is typed in as a length. */
import { ELECTION_DATE } from './election.js';
import type { SourceId } from './sources.js';
import { AS_OF, CAPTURE_DATE } from './timeframe.js';

/** Chávez's death was announced on 5 March 2013; Maduro took over as acting president on 8 March. */
export const CHAVEZ_DEATH = '2013-03-05';
export const TENURE_START = '2013-03-08';
/** The special election he won weeks later, against Henrique Capriles. */
export const FIRST_ELECTION = '2013-04-14';

/** Whole years and months between two ISO dates. */
export function yearsAndMonths(fromIso: string, toIso: string): { years: number; months: number } {
	const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
	let months = (ty - fy) * 12 + (tm - fm);
	if (td < fd) months -= 1;
	if (months < 0) throw new Error(`${toIso} is before ${fromIso}`);
	return { years: Math.floor(months / 12), months: months % 12 };
}

/** His rule as of the story's date, and as it ended with his capture (told only in the epilogue). */
export const tenureLength = yearsAndMonths(TENURE_START, AS_OF);
export const finalTenureLength = yearsAndMonths(TENURE_START, CAPTURE_DATE);

/** An ISO date (yyyy-mm-dd) as a year with a fraction, the unit timelines are drawn in. */
export function decimalYear(iso: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`not an ISO date: "${iso}"`);
	const year = Number(match[1]);
	const start = Date.UTC(year, 0, 1);
	const days = (Date.UTC(year, Number(match[2]) - 1, Number(match[3])) - start) / 864e5;
	return year + days / ((Date.UTC(year + 1, 0, 1) - start) / 864e5);
}

export type CrisisId =
	'protests2014' | 'assembly2015' | 'recall2016' | 'protests2017' | 'guaido2019' | 'election2024';

export interface Crisis {
	id: CrisisId;
	/** The day it broke, or the day that defined it. */
	date: string;
	source: SourceId;
}

/** The crises he outlasted, in order. The words for each are in the tenure chart's text. */
export const crises: readonly Crisis[] = [
	/** "La Salida" protests begin. */
	{ id: 'protests2014', date: '2014-02-12', source: 'lopez2014' },
	/** The opposition wins two-thirds of the National Assembly. */
	{ id: 'assembly2015', date: '2015-12-06', source: 'assembly2015' },
	/** The electoral council suspends the recall-referendum signature drive. */
	{ id: 'recall2016', date: '2016-10-20', source: 'recall2016' },
	/** The supreme court takes over the Assembly's powers; months of protests follow. */
	{ id: 'protests2017', date: '2017-03-29', source: 'assembly2017' },
	/** Juan Guaidó declares himself interim president and Washington recognizes him; sanctions follow. */
	{ id: 'guaido2019', date: '2019-01-23', source: 'guaido2019' },
	{ id: 'election2024', date: ELECTION_DATE, source: 'cne' }
];

export type PresidencyId = 'obama' | 'trump1' | 'biden' | 'trump2';

export interface Presidency {
	id: PresidencyId;
	president: string;
	/** Terms begin and end at noon on 20 January (20th Amendment). */
	start: string;
	/** Null for the term under way on the story's date. */
	end: string | null;
}

export const presidencies: readonly Presidency[] = [
	{ id: 'obama', president: 'Barack Obama', start: '2009-01-20', end: '2017-01-20' },
	{ id: 'trump1', president: 'Donald Trump', start: '2017-01-20', end: '2021-01-20' },
	{ id: 'biden', president: 'Joe Biden', start: '2021-01-20', end: '2025-01-20' },
	{ id: 'trump2', president: 'Donald Trump', start: '2025-01-20', end: null }
];

export const presidencySource: SourceId = 'usTerms';

/** The presidencies his rule overlaps, each cut to the part inside it. */
export function presidenciesDuringTenure(): { presidency: Presidency; from: string; to: string }[] {
	return presidencies
		.map((presidency) => ({
			presidency,
			from: presidency.start > TENURE_START ? presidency.start : TENURE_START,
			to: presidency.end === null || presidency.end > AS_OF ? AS_OF : presidency.end
		}))
		.filter((p) => p.from < p.to);
}
