/**
 * Each data table's numbers as a static CSV file (/data/<dataset>.csv), written once when the
 * site is prerendered, for both editions: see $lib/data/csv.server.ts.
 */
import { error } from '@sveltejs/kit';
import { toCsv } from '$lib/data/csv.server';
import { DATASET_IDS, isDatasetId } from '$lib/graphics';
import { datasetOf } from '$lib/graphics/build.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => DATASET_IDS.map((dataset) => ({ dataset }));

export const GET: RequestHandler = ({ params }) => {
	if (!isDatasetId(params.dataset)) error(404, `No data file "${params.dataset}"`);
	return new Response(toCsv(datasetOf(params.dataset)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
