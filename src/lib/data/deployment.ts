/** The U.S. build-up in the Caribbean, August to November 2025 (facts.md, section D). */
import type { SourceId } from './sources.js';

/** First announced strike on a boat that Washington said was carrying drugs. */
export const FIRST_STRIKE = '2025-09-02';

/** Strikes announced up to the story's date, in the Caribbean and the eastern Pacific. */
export const strikeTally = { asOf: '2025-11-16', strikes: 21, killed: 83 } as const;

/** Sailors and Marines with the Iwo Jima group when it sailed in August. */
export const IWO_JIMA_PERSONNEL = 4500;
/** F-35B jets sent to Puerto Rico in September. */
export const F35_COUNT = 10;
/** Aircraft of Carrier Air Wing 8, aboard the Gerald R. Ford. */
export const FORD_AIRCRAFT = 70;
/** Sailors and Marines in the region once the Ford arrived (November). */
export const PERSONNEL_NOVEMBER = 12000;

/**
 * Where an asset was reported. A `site` is a named place (an airport, a port, a canal); an
 * `area` is the stretch of sea or sky reports describe, pinned at an illustrative point inside
 * it; `undisclosed` assets have no public position at all and are listed, never pinned.
 */
export type Position =
	{ precision: 'site' | 'area'; lon: number; lat: number } | { precision: 'undisclosed' };

export interface Asset {
	id: string;
	/** Ship names and hull numbers, or the aircraft type, as reported. */
	units: readonly string[];
	/** When reports first placed it in the region: an ISO date, or an ISO month when only that is known. */
	date: string;
	/**
	 * The last day its reported position holds (a port call, a canal transit, the last month a report
	 * covers); without it, the story's date.
	 */
	until?: string;
	position: Position;
	sources: readonly SourceId[];
	/** The outlets that reported it, for the asset's source note. */
	reportedBy: string;
}

const assetList = [
	{
		id: 'p8',
		units: ['P-8 Poseidon patrol aircraft'],
		date: '2025-08',
		position: { precision: 'undisclosed' },
		sources: ['patrolAircraft'],
		reportedBy: 'Reuters, via CubaHeadlines'
	},
	{
		id: 'iwoJima',
		units: ['USS Iwo Jima (LHD-7)', 'USS San Antonio (LPD-17)', 'USS Fort Lauderdale (LPD-28)', '22nd MEU'],
		date: '2025-08-18',
		position: { precision: 'area', lon: -66, lat: 15 },
		sources: ['iwoJimaGroup'],
		reportedBy: 'Task & Purpose, WHRO, DVIDS, Reuters'
	},
	{
		id: 'lakeErie',
		units: ['USS Lake Erie (CG-70)'],
		date: '2025-08-29',
		until: '2025-08-31',
		position: { precision: 'site', lon: -79.68, lat: 9.08 },
		sources: ['lakeErie'],
		reportedBy: 'AFP, Europa Press'
	},
	{
		id: 'marinesAshore',
		units: ['22nd MEU, training at Camp Santiago, Salinas'],
		date: '2025-08-31',
		until: '2025-09-30',
		position: { precision: 'site', lon: -66.3, lat: 17.98 },
		sources: ['marinesTraining'],
		reportedBy: 'DVIDS, SOFX'
	},
	{
		id: 'newportNews',
		units: ['USS Newport News (SSN-750)'],
		date: '2025-09-01',
		position: { precision: 'undisclosed' },
		sources: ['submarine'],
		reportedBy: 'Reuters'
	},
	{
		id: 'minneapolis',
		units: ['USS Minneapolis-Saint Paul (LCS-21)'],
		date: '2025-09-04',
		position: { precision: 'undisclosed' },
		sources: ['navyShipList'],
		reportedBy: 'Newsweek, SOFX'
	},
	{
		id: 'destroyers',
		units: ['USS Gravely (DDG-107)', 'USS Jason Dunham (DDG-109)', 'USS Sampson (DDG-102)'],
		date: '2025-09-05',
		until: '2025-09-30',
		position: { precision: 'area', lon: -64.8, lat: 13 },
		sources: ['f35PuertoRico'],
		reportedBy: 'CBS News'
	},
	{
		id: 'reapers',
		units: ['MQ-9 Reaper drones'],
		date: '2025-09-09',
		position: { precision: 'site', lon: -67.13, lat: 18.5 },
		sources: ['reapers'],
		reportedBy: 'Reuters, Task & Purpose'
	},
	{
		id: 'f35',
		units: ['F-35B jets (VMFA-225)'],
		date: '2025-09-13',
		// Reports disagree on the base (Ceiba or Muñiz, San Juan): an area between the two, not a site.
		position: { precision: 'area', lon: -65.82, lat: 18.35 },
		sources: ['f35PuertoRico', 'f35Ceiba', 'reapers'],
		reportedBy: 'Pentagon imagery via The War Zone; CBS; Reuters'
	},
	{
		id: 'b52',
		units: ['B-52H bombers'],
		date: '2025-10-15',
		position: { precision: 'area', lon: -66.5, lat: 12 },
		sources: ['bomberFlights'],
		reportedBy: 'Task & Purpose, ABC News'
	},
	{
		id: 'b1',
		units: ['B-1B bombers'],
		date: '2025-10-23',
		position: { precision: 'undisclosed' },
		sources: ['b1Flights'],
		reportedBy: 'The Wall Street Journal'
	},
	{
		id: 'portOfSpain',
		units: ['USS Gravely (DDG-107)', '22nd MEU'],
		date: '2025-10-26',
		until: '2025-10-30',
		position: { precision: 'site', lon: -61.52, lat: 10.65 },
		sources: ['portOfSpain'],
		reportedBy: 'Newsday (Trinidad and Tobago), U.S. Embassy'
	},
	{
		id: 'ford',
		units: [
			'USS Gerald R. Ford (CVN-78)',
			'USS Bainbridge',
			'USS Mahan',
			'USS Winston S. Churchill',
			'Carrier Air Wing 8'
		],
		date: '2025-11-16',
		position: { precision: 'area', lon: -63.9, lat: 18.5 },
		sources: ['southcom', 'fordCaribbean'],
		reportedBy: 'SOUTHCOM, U.S. Navy, DVIDS'
	}
] as const satisfies readonly Asset[];

export type AssetId = (typeof assetList)[number]['id'];

/** Every asset in facts.md section D, in the order they reached the region. */
export const assets: readonly (Asset & { id: AssetId })[] = assetList;

/** B-52s flew "bomber attack demonstrations" with F-35Bs on 15 October: three of them. */
export const B52_COUNT = 3;
/** B-1Bs flew off Venezuela on 23 October. */
export const B1_COUNT = 2;

/** The sea each announced strike was in, as the Pentagon named it; no coordinates were released. */
export type Sea = 'caribbean' | 'pacific';

export interface Strike {
	/** Announced strikes, numbered in order; one date can cover several boats. */
	numbers: readonly number[];
	date: string;
	sea: Sea;
	killed: number;
	/** Survivors later presumed dead, counted in the official toll. */
	presumedDead?: number;
	/** Dated and counted from a single report (facts.md: confidence M): shown hedged. */
	singleReport?: true;
}

/** Each announced strike up to the story's date (facts.md section D, "Boat strikes"). */
export const strikes = [
	{ numbers: [1], date: '2025-09-02', sea: 'caribbean', killed: 11 },
	{ numbers: [2], date: '2025-09-15', sea: 'caribbean', killed: 3, singleReport: true },
	{ numbers: [3], date: '2025-09-19', sea: 'caribbean', killed: 3, singleReport: true },
	{ numbers: [4], date: '2025-10-03', sea: 'caribbean', killed: 4, singleReport: true },
	{ numbers: [5], date: '2025-10-14', sea: 'caribbean', killed: 6, singleReport: true },
	{ numbers: [6], date: '2025-10-16', sea: 'caribbean', killed: 2, singleReport: true },
	{ numbers: [7], date: '2025-10-17', sea: 'caribbean', killed: 3, singleReport: true },
	{ numbers: [8], date: '2025-10-21', sea: 'pacific', killed: 2, singleReport: true },
	{ numbers: [9], date: '2025-10-22', sea: 'pacific', killed: 3, singleReport: true },
	{ numbers: [10], date: '2025-10-24', sea: 'caribbean', killed: 6, singleReport: true },
	{ numbers: [11, 12, 13], date: '2025-10-27', sea: 'pacific', killed: 14, presumedDead: 1 },
	{ numbers: [14], date: '2025-10-29', sea: 'pacific', killed: 4 },
	{ numbers: [15], date: '2025-11-01', sea: 'caribbean', killed: 3 },
	{ numbers: [16], date: '2025-11-04', sea: 'pacific', killed: 2 },
	{ numbers: [17], date: '2025-11-06', sea: 'caribbean', killed: 3 },
	{ numbers: [18, 19], date: '2025-11-09', sea: 'pacific', killed: 6 },
	{ numbers: [20], date: '2025-11-10', sea: 'caribbean', killed: 4 },
	{ numbers: [21], date: '2025-11-15', sea: 'pacific', killed: 3 }
] as const satisfies readonly Strike[];

export interface SeaTally {
	sea: Sea;
	strikes: number;
	/** Killed, including survivors presumed dead, as the official toll counts them. */
	killed: number;
	first: string;
}

/** Strikes and deaths per sea, summed from the list above. */
export function strikesBySea(sea: Sea): SeaTally {
	const inSea = strikes.filter((s: Strike) => s.sea === sea);
	return {
		sea,
		strikes: inSea.reduce((n, s) => n + s.numbers.length, 0),
		killed: inSea.reduce((n, s: Strike) => n + s.killed + (s.presumedDead ?? 0), 0),
		first: inSea[0]!.date
	};
}
