/** The tenure timeline's numbers as CSV: his rule's dates, its crises and the US presidencies. */
import { cite, type Tables } from '$lib/data/csv.server';
import { crises, FIRST_ELECTION, presidencies, presidencySource, TENURE_START } from '$lib/data/tenure';
import type { GRAPHIC } from './graphic';

export const tenureTables: Tables<typeof GRAPHIC> = {
	tenure: () => ({
		heads: ['kind', 'event', 'start_date', 'end_date', 'source'],
		rows: [
			['tenure', 'takeover', TENURE_START, null, cite(['chavezDeath2013'])],
			['tenure', 'firstElection', FIRST_ELECTION, null, cite(['election2013'])],
			...crises.map((c) => ['crisis', c.id, c.date, null, cite([c.source])]),
			...presidencies.map((p) => ['usPresidency', p.id, p.start, p.end, cite([presidencySource])])
		]
	})
};
