/** The epilogue timeline's numbers as CSV: its events, and which came after the story. */
import { cite, type Tables } from '$lib/data/csv.server';
import { aftermathEvents } from '$lib/data/aftermath';
import { AS_OF } from '$lib/data/timeframe';
import type { GRAPHIC } from './graphic';

export const aftermathTables: Tables<typeof GRAPHIC> = {
	aftermath: () => ({
		heads: ['event', 'date', 'after_story', 'source'],
		rows: aftermathEvents.map((e) => [e.id, e.date, e.date > AS_OF, cite([e.source])])
	})
};
