/** The map's numbers as CSV: each asset's reported position, and each strike. */
import { cite, type Tables } from '$lib/data/csv.server';
import { assets, strikes, type Asset } from '$lib/data/deployment';
import type { GRAPHIC } from './graphic';

export const mapTables: Tables<typeof GRAPHIC> = {
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
	})
};
