import { describe, expect, it } from 'vitest';
import { assets, FIRST_STRIKE, strikes, strikesBySea, strikeTally } from './deployment';
import { isSourceId } from './sources';

describe('the deployment', () => {
	it('gives every asset a date, a position and a source', () => {
		expect(assets.length).toBeGreaterThanOrEqual(13);
		for (const asset of assets) {
			expect(asset.date, asset.id).toMatch(/^2025-(0[89]|1[01])(-\d{2})?$/);
			expect(asset.units.length, asset.id).toBeGreaterThan(0);
			expect(asset.sources.length, asset.id).toBeGreaterThan(0);
			for (const source of asset.sources) expect(isSourceId(source), `${asset.id}: ${source}`).toBe(true);
			expect(asset.reportedBy.trim(), asset.id).not.toBe('');
			expect(['site', 'area', 'undisclosed']).toContain(asset.position.precision);
		}
		expect(new Set(assets.map((a) => a.id)).size).toBe(assets.length);
	});

	it('lists assets in the order they reached the region', () => {
		const dates = assets.map((a) => a.date);
		expect([...dates].sort()).toEqual(dates);
	});

	it('pins only what public reports place: the submarine has no position', () => {
		expect(assets.find((a) => a.id === 'newportNews')!.position.precision).toBe('undisclosed');
		expect(assets.find((a) => a.id === 'reapers')!.position).toEqual({
			precision: 'site',
			lon: -67.13,
			lat: 18.5
		});
	});

	it('adds up, sea by sea, to the announced tally', () => {
		const caribbean = strikesBySea('caribbean');
		const pacific = strikesBySea('pacific');
		expect(caribbean.strikes + pacific.strikes).toBe(strikeTally.strikes);
		expect(caribbean.killed + pacific.killed).toBe(strikeTally.killed);
		expect(caribbean).toMatchObject({ strikes: 11, killed: 48, first: FIRST_STRIKE });
		expect(pacific).toMatchObject({ strikes: 10, killed: 35, first: '2025-10-21' });
	});

	it('numbers every strike once, in order, up to the story’s date', () => {
		expect(strikes.flatMap((s) => s.numbers)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
		for (const s of strikes) expect(s.date <= strikeTally.asOf).toBe(true);
	});
});
