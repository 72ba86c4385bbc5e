/** The election chart's numbers as CSV: each count's shares. */
import { cite, hundredths, type Tables } from '$lib/data/csv.server';
import { officialCount, tallyCount } from '$lib/data/election';
import type { GRAPHIC } from './graphic';

export const electionTables: Tables<typeof GRAPHIC> = {
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
	})
};
