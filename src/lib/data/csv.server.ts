/**
 * Each data table's numbers as a CSV file, built when the site is prerendered from the data
 * modules the tables read. Machine-readable first: RFC 4180 (CRLF, quotes only where needed),
 * UTF-8, numbers as JavaScript writes them (a '.' decimal, no grouping), ISO dates, and ids
 * from the data modules instead of prose. That makes one file serve both editions: the words
 * of each row are in the tables, in the reader's language. The header row comes first, so any
 * parser reads it; each row names its own source in a `source` column, in full.
 */
import type { DatasetId } from '$lib/graphics';
import { aftermathEvents } from './aftermath';
import { assets, strikes, type Asset } from './deployment';
import { officialCount, tallyCount } from './election';
import { gdpSeries } from './gdp';
import {
	HANDOVER_BEFORE,
	LEGITIMACY_FROM,
	PATHS_SOURCE,
	pressureEvents,
	RECALL_FROM,
	TALKS,
	THIRD_TERM
} from './next';
import { sourceIn, type SourceId } from './sources';
import { crises, FIRST_ELECTION, presidencies, presidencySource, TENURE_START } from './tenure';
import { AS_OF } from './timeframe';

/** An empty cell is a value the data does not have (an undisclosed position, a term under way). */
type Cell = string | number | boolean | null;

interface Dataset {
	heads: readonly string[];
	rows: readonly (readonly Cell[])[];
}

/** A source as one cell: "Publisher: Title (date), url", in the sources list's English. */
function cite(ids: readonly SourceId[]): string {
	return ids
		.map((id) => {
			const { publisher, title, date, url } = sourceIn(id, 'en');
			// Not every source has an address to link to.
			return `${publisher}: ${title} (${date})` + (url ? `, ${url}` : '');
		})
		.join('; ');
}

/** Shares and indexes computed from the data, to the hundredth: the figures as published stay as they are. */
const hundredths = (value: number) => Math.round(value * 100) / 100;

export const datasets: Record<DatasetId, () => Dataset> = {
	'map-assets': () => ({
		heads: [
			'asset',
			'units',
			'date',
			'position_until',
			'position',
			'longitude',
			'latitude',
			'reported_by',
			'source'
		],
		rows: assets.map((a: Asset) => {
			const at = a.position.precision === 'undisclosed' ? null : a.position;
			return [
				a.id,
				a.units.join('; '),
				a.date,
				a.until ?? null,
				a.position.precision,
				at?.lon ?? null,
				at?.lat ?? null,
				a.reportedBy,
				cite(a.sources)
			];
		})
	}),
	'map-strikes': () => ({
		heads: [
			'first_strike_number',
			'last_strike_number',
			'date',
			'sea',
			'killed',
			'presumed_dead',
			'single_report',
			'source'
		],
		rows: strikes.map((s) => [
			s.numbers[0],
			s.numbers[s.numbers.length - 1]!,
			s.date,
			s.sea,
			s.killed,
			'presumedDead' in s ? s.presumedDead : 0,
			'singleReport' in s,
			cite(['strikeTally'])
		])
	}),
	tenure: () => ({
		heads: ['kind', 'event', 'start_date', 'end_date', 'source'],
		rows: [
			['tenure', 'takeover', TENURE_START, null, cite(['timeline'])],
			['tenure', 'firstElection', FIRST_ELECTION, null, cite(['timeline'])],
			...crises.map((c) => ['crisis', c.id, c.date, null, cite([c.source])]),
			...presidencies.map((p) => ['usPresidency', p.id, p.start, p.end, cite([presidencySource])])
		]
	}),
	gdp: () => ({
		heads: ['year', 'real_gdp_per_person_index_2013_100', 'source'],
		rows: gdpSeries.map((p) => [p.year, hundredths(p.index), cite([p.source])])
	}),
	election: () => ({
		heads: ['count', 'candidate', 'share_pct', 'sheets_counted_pct', 'source'],
		rows: [officialCount, tallyCount].flatMap((count) =>
			Object.entries(count.shares).map(([candidate, share]) => [
				count.id,
				candidate,
				hundredths(share),
				count.coveragePct,
				cite([count.source])
			])
		)
	}),
	aftermath: () => ({
		heads: ['event', 'date', 'after_story', 'source'],
		rows: aftermathEvents.map((e) => [e.id, e.date, e.date > AS_OF, cite([e.source])])
	}),
	next: () => ({
		heads: ['kind', 'event', 'start_date', 'end_date', 'source'],
		rows: [
			['talks', 'talks', TALKS.from, TALKS.to, cite([TALKS.source])],
			// A path's date is the bound reported for it: the handover was to come before its end date.
			['path', 'handover', null, HANDOVER_BEFORE, cite([PATHS_SOURCE])],
			['path', 'recallReferendum', RECALL_FROM, null, cite([PATHS_SOURCE])],
			...pressureEvents.map((e) => ['pressure', e.id, e.date, null, cite([e.source])]),
			// The module names no source for these two dates: the vote's is the council's, as in the
			// tenure file, and the swearing-in is on the timeline of his rule.
			['mandate', 'disputedMandate', LEGITIMACY_FROM, null, cite(['cne'])],
			['mandate', 'thirdTerm', THIRD_TERM, null, cite(['timeline'])]
		]
	})
};

export function isDatasetId(id: string): id is DatasetId {
	return Object.hasOwn(datasets, id);
}

/** A field is quoted only when it must be: it holds a comma, a quote or a line break. */
function field(cell: Cell): string {
	const text = cell === null ? '' : String(cell);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv({ heads, rows }: Dataset): string {
	return [heads, ...rows].map((row) => row.map(field).join(',') + '\r\n').join('');
}
