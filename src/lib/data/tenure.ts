/** Maduro's time in power, from dates (facts.md, section C). Nothing here is typed in as a length. */

/** Chávez's death was announced on 5 March 2013; Maduro took over as acting president on 8 March. */
export const CHAVEZ_DEATH = '2013-03-05';
export const TENURE_START = '2013-03-08';
/** The story's "as of" date: nothing after it goes in. */
export const AS_OF = '2025-11-24';

/** Whole years and months between two ISO dates. */
export function yearsAndMonths(fromIso: string, toIso: string): { years: number; months: number } {
	const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
	const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
	let months = (ty - fy) * 12 + (tm - fm);
	if (td < fd) months -= 1;
	if (months < 0) throw new Error(`${toIso} is before ${fromIso}`);
	return { years: Math.floor(months / 12), months: months % 12 };
}

export const tenureLength = yearsAndMonths(TENURE_START, AS_OF);
