import { describe, expect, it } from 'vitest';
import { GET } from '../../routes/data/[dataset].csv/+server';
import { DATASET_IDS, type DatasetId } from '$lib/graphics';
import { datasetOf } from '$lib/graphics/build.server';
import { toCsv } from '$lib/data/csv.server';
import { aftermathEvents } from '$lib/data/aftermath';
import { assets, strikes, strikeTally, type Asset } from '$lib/data/deployment';
import { officialCount, tallyCount } from '$lib/data/election';
import { gdpSeries } from '$lib/data/gdp';
import { HANDOVER_BEFORE, pressureEvents, RECALL_FROM, TALKS, THIRD_TERM } from '$lib/data/next';
import { sourceIn } from '$lib/data/sources';
import { crises, presidencies, TENURE_START } from '$lib/data/tenure';
import { AS_OF } from '$lib/data/timeframe';

/** RFC 4180, read independently of the writer: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (c === '"' && (quoted || field === '')) {
			quoted = !quoted;
		} else if (quoted) {
			field += c;
		} else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			records.push([...record, field]);
			record = [];
			field = '';
			i++;
		} else {
			field += c;
		}
	}
	if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
	return records;
}

/** A file's rows as objects keyed by its header row. */
function read(id: DatasetId): Record<string, string>[] {
	const [heads, ...rows] = parseCsv(toCsv(datasetOf(id)));
	for (const row of rows) expect(row, id).toHaveLength(heads!.length);
	return rows.map((row) => Object.fromEntries(heads!.map((h, i) => [h, row[i]!])));
}

const number = (cell: string | undefined) => (cell === '' ? null : Number(cell));

describe('the data files', () => {
	it('quote only what must be quoted, and read back to the same cells', () => {
		const csv = toCsv({
			heads: ['a', 'b'],
			rows: [
				['say "hi", twice', 'two\nlines'],
				[1.5, null]
			]
		});
		expect(csv).toBe('a,b\r\n"say ""hi"", twice","two\nlines"\r\n1.5,\r\n');
		expect(parseCsv(csv)).toEqual([
			['a', 'b'],
			['say "hi", twice', 'two\nlines'],
			['1.5', '']
		]);
	});

	it('give every row a source: publisher, title and date from the sources list', () => {
		for (const id of DATASET_IDS) {
			const rows = read(id);
			expect(rows.length, id).toBeGreaterThan(0);
			for (const row of rows) expect(row.source, id).toMatch(/^[^:]+: .+ \(.+\)/);
		}
		const { publisher, title, date } = sourceIn('mpd', 'en');
		expect(read('gdp')[0]!.source).toContain(`${publisher}: ${title} (${date})`);
	});

	it('write numbers plainly and dates as ISO, never as the tables format them', () => {
		const dates = /(^|_)date$/;
		const numbers = /^(year|killed|presumed_dead|longitude|latitude)$|_(pct|number|100)$/;
		for (const id of DATASET_IDS)
			for (const row of read(id))
				for (const [head, cell] of Object.entries(row)) {
					if (dates.test(head) && cell) expect(cell, `${id}.${head}`).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
					if (numbers.test(head) && cell) expect(cell, `${id}.${head}`).toMatch(/^-?\d+(\.\d+)?$/);
				}
	});

	it('hold the GDP series, year by year', () => {
		const rows = read('gdp');
		expect(rows.map((r) => number(r.year))).toEqual(gdpSeries.map((p) => p.year));
		rows.forEach((r, i) =>
			expect(number(r.real_gdp_per_person_index_2013_100)).toBeCloseTo(gdpSeries[i]!.index, 2)
		);
		expect(rows[0]!.real_gdp_per_person_index_2013_100).toBe('100');
	});

	it('hold both counts of the election, share by share', () => {
		const rows = read('election');
		for (const count of [officialCount, tallyCount])
			for (const [candidate, share] of Object.entries(count.shares)) {
				const row = rows.find((r) => r.count === count.id && r.candidate === candidate)!;
				expect(number(row.share_pct)).toBeCloseTo(share, 2);
				expect(number(row.sheets_counted_pct)).toBe(count.coveragePct);
			}
		expect(rows).toHaveLength(6);
	});

	it('hold the tenure’s dates: the takeover, every crisis and every U.S. presidency', () => {
		const rows = read('tenure');
		expect(rows[0]).toMatchObject({ event: 'takeover', start_date: TENURE_START });
		expect(rows.filter((r) => r.kind === 'crisis').map((r) => [r.event, r.start_date])).toEqual(
			crises.map((c) => [c.id, c.date])
		);
		expect(rows.filter((r) => r.kind === 'usPresidency').map((r) => [r.start_date, r.end_date])).toEqual(
			presidencies.map((p) => [p.start, p.end ?? ''])
		);
	});

	it('hold what came next: the talks, the paths’ dates and each rise in pressure', () => {
		const rows = read('next');
		const at = (event: string) => rows.find((r) => r.event === event)!;
		expect([at('talks').start_date, at('talks').end_date]).toEqual([TALKS.from, TALKS.to]);
		expect(at('handover').end_date).toBe(HANDOVER_BEFORE);
		expect(at('recallReferendum').start_date).toBe(RECALL_FROM);
		expect(at('thirdTerm').start_date).toBe(THIRD_TERM);
		expect(rows.filter((r) => r.kind === 'pressure').map((r) => [r.event, r.start_date])).toEqual(
			pressureEvents.map((e) => [e.id, e.date])
		);
	});

	it('hold every asset, pinned only where the data pins it', () => {
		const rows = read('map-assets');
		expect(rows.map((r) => [r.asset, r.date, r.position])).toEqual(
			assets.map((a) => [a.id, a.date, a.position.precision])
		);
		rows.forEach((row, i) => {
			const position = assets[i]!.position;
			const pinned = position.precision === 'undisclosed' ? null : position;
			expect([number(row.longitude), number(row.latitude)]).toEqual([
				pinned?.lon ?? null,
				pinned?.lat ?? null
			]);
			expect(row.units!.split('; ')).toEqual(assets[i]!.units);
		});
	});

	it('hold every strike, adding up to the announced tally', () => {
		const rows = read('map-strikes');
		expect(rows).toHaveLength(strikes.length);
		const sum = (head: string) => rows.reduce((n, r) => n + number(r[head])!, 0);
		expect(sum('killed') + sum('presumed_dead')).toBe(strikeTally.killed);
		expect(
			rows.reduce((n, r) => n + number(r.last_strike_number)! - number(r.first_strike_number)! + 1, 0)
		).toBe(strikeTally.strikes);
		expect(rows.map((r) => [r.date, r.sea])).toEqual(strikes.map((s) => [s.date, s.sea]));
	});

	it('date each position only as far as its reports go, and hedge single-report strikes', () => {
		const assetRows = read('map-assets');
		expect(assetRows.map((r) => r.position_until)).toEqual(assets.map((a: Asset) => a.until ?? ''));
		expect(read('map-strikes').map((r) => r.single_report)).toEqual(
			strikes.map((s) => String('singleReport' in s))
		);
	});

	it('hold the epilogue’s events, marking those after the story’s date', () => {
		expect(read('aftermath').map((r) => [r.event, r.date, r.after_story])).toEqual(
			aftermathEvents.map((e) => [e.id, e.date, String(e.date > AS_OF)])
		);
	});

	it('are served as CSV, and only for the tables there are', async () => {
		const response = await GET({ params: { dataset: 'gdp' } } as Parameters<typeof GET>[0]);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(await response.text()).toBe(toCsv(datasetOf('gdp')));
		await expect(async () =>
			GET({ params: { dataset: 'nope' } } as Parameters<typeof GET>[0])
		).rejects.toMatchObject({
			status: 404
		});
	});
});
