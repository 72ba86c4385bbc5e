/**
 * Each data table's numbers as a CSV file, built when the site is prerendered from the data
 * modules the tables read. Machine-readable first: RFC 4180 (CRLF, quotes only where needed),
 * UTF-8, numbers as JavaScript writes them (a '.' decimal, no grouping), ISO dates, and ids
 * from the data modules instead of prose. That makes one file serve both editions: the words
 * of each row are in the tables, in the reader's language. The header row comes first, so any
 * parser reads it; each row names its own source in a `source` column, in full. Each graphic's
 * rows are in its folder (`<id>/tables.ts`); this module holds what they share.
 */
import { sourceIn, type SourceId } from './sources';

/** An empty cell is a value the data does not have (an undisclosed position, a term under way). */
export type Cell = string | number | boolean | null;

export interface Dataset {
	heads: readonly string[];
	rows: readonly (readonly Cell[])[];
}

/** A graphic's datasets, one per table its `GRAPHIC` names: a table named there without rows does not compile. */
export type Tables<G extends { tables: readonly string[] }> = {
	readonly [T in G['tables'][number]]: () => Dataset;
};

/** A source as one cell: "Publisher: Title (date), url", in the sources list's English. */
export function cite(ids: readonly SourceId[]): string {
	return ids
		.map((id) => {
			const { publisher, title, date, url } = sourceIn(id, 'en');
			// Not every source has an address to link to.
			return `${publisher}: ${title} (${date})` + (url ? `, ${url}` : '');
		})
		.join('; ');
}

/** Shares and indexes computed from the data, to the hundredth: the figures as published stay as they are. */
export const hundredths = (value: number) => Math.round(value * 100) / 100;

/** A field is quoted only when it must be: it holds a comma, a quote or a line break. */
function field(cell: Cell): string {
	const text = cell === null ? '' : String(cell);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv({ heads, rows }: Dataset): string {
	return [heads, ...rows].map((row) => row.map(field).join(',') + '\r\n').join('');
}
