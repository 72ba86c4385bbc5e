/** The GDP chart's numbers as CSV: the index, year by year. */
import { cite, hundredths, type Tables } from '$lib/data/csv.server';
import { gdpSeries } from '$lib/data/gdp';
import type { GRAPHIC } from './graphic';

export const gdpTables: Tables<typeof GRAPHIC> = {
	gdp: () => ({
		heads: ['year', 'real_gdp_per_person_index_2013_100', 'source'],
		rows: gdpSeries.map((p) => [p.year, hundredths(p.index), cite([p.source])])
	})
};
