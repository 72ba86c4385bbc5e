/** The "what comes next" diagram's numbers as CSV: the talks, the paths out, the pressure and his mandate. */
import { cite, type Tables } from '$lib/data/csv.server';
import {
	HANDOVER_BEFORE,
	LEGITIMACY_FROM,
	PATHS_SOURCE,
	pressureEvents,
	RECALL_FROM,
	TALKS,
	THIRD_TERM
} from '$lib/data/next';
import type { GRAPHIC } from './graphic';

export const nextTables: Tables<typeof GRAPHIC> = {
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
			['mandate', 'thirdTerm', THIRD_TERM, null, cite(['thirdTerm2025'])]
		]
	})
};
