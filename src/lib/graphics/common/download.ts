/**
 * Where each data table offers its numbers as a CSV file: one file per table (the map has two),
 * the same for both editions. The files are built by $lib/data/csv.server.ts.
 */
import { base } from '$app/paths';
import type { DatasetId } from '$lib/graphics';

export function csvHref(id: DatasetId): string {
	return `${base}/data/${id}.csv`;
}
