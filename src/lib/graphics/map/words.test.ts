import { describe, expect, it } from 'vitest';
import { assets } from '$lib/data/deployment';
import { MAP_HEIGHT, MAP_WIDTH } from './projection.server';
import { mapText } from './words';
import { assetState, MAP_STATES } from './view';

const en = mapText('en');
const es = mapText('es');

describe('the map’s words and marks', () => {
	it('describe every state in both editions, listing each state’s assets with their dates', () => {
		for (const text of [en, es])
			for (const state of MAP_STATES) {
				expect(text.describe[state].lead.length, state).toBeGreaterThan(40);
				expect(text.captions[state].length, state).toBeGreaterThan(10);
			}
		const buildup = assets.filter((a) => assetState(a.date) === 'buildup');
		expect(en.describe.buildup.items).toHaveLength(buildup.length);
		expect(en.describe.buildup.items.find((i) => i.startsWith('Armed MQ-9'))).toBe(
			'Armed MQ-9 Reaper drones: September 9, 2025, Rafael Hernández Airport, Aguadilla, Puerto Rico. Source: Reuters, Task & Purpose.'
		);
		expect(es.describe.buildup.items.find((i) => i.startsWith('Drones armados'))).toContain(
			'9 de septiembre de 2025'
		);
		expect(en.describe.carrier.items.map((i) => i.split(':')[0])).toContain(
			'Gerald R. Ford carrier strike group, with some 70 aircraft'
		);
	});

	it('give the strike count with its caveat: both seas, as of the story’s date', () => {
		expect(en.captions.strikes).toBe('Boat strikes: 21 strikes and 83 dead as of November 16, 2025');
		expect(en.describe.strikes.items).toEqual([
			'Caribbean: 11 strikes announced since September 2, 2025, 48 dead.',
			'Eastern Pacific: 10 strikes announced since October 21, 2025, 35 dead.'
		]);
		expect(en.labels.find((l) => l.id === 'zone-pacific')!.lines).toEqual([
			'Eastern Pacific',
			'10 strikes · 35 dead'
		]);
		expect(es.labels.find((l) => l.id === 'zone-caribbean')!.lines).toEqual([
			'Caribe',
			'11 ataques',
			'48 muertos'
		]);
	});

	it('pin every asset with a position, and name those without one', () => {
		for (const asset of assets) {
			const dot = en.dots.find((d) => d.id === asset.id);
			if (asset.position.precision === 'undisclosed') {
				expect(dot, asset.id).toBeUndefined();
				expect(en.legend[assetState(asset.date)], asset.id).toContain('No public position:');
			} else {
				expect(dot?.kind, asset.id).toBe(asset.position.precision);
				expect(en.labels.find((l) => l.id === asset.id)?.states).toEqual([assetState(asset.date)]);
			}
		}
		const words = (html: string) => html.replace(/<[^>]+>/g, '');
		expect(en.legend.carrier).toContain(
			'<span class="phrase">No public position:</span> <span class="phrase">2 B-1B bombers.</span>'
		);
		expect(words(en.legend.buildup)).toContain(
			'No public position: P-8 patrol planes, the submarine USS Newport News, and USS Minneapolis-Saint Paul.'
		);
	});

	it('show a position only in the states its dates cover, and draw the carrier as an area', () => {
		const dot = (id: string) => en.dots.find((d) => d.id === id)!;
		// Through the Panama Canal on August 29: a transit, not a station kept into the autumn.
		expect(dot('lakeErie').states).toEqual(['buildup']);
		expect(dot('iwoJima').states).toEqual(['buildup', 'carrier']);
		expect(dot('portOfSpain').states).toEqual(['carrier']);
		expect(dot('ford').kind).toBe('area');
		expect(en.legend.carrier).toContain('<span class="phrase">(illustrative point)</span>');
		expect(en.legend.carrier).toMatch(/route is illustrative/);
		expect(en.legend.region).not.toContain('data-key');
		expect(en.captions.cuba).toBe('Cuba, a key ally of Maduro');
	});

	it('hedge the strikes counted from a single report in the table, as the copy does', () => {
		const row = (n: string, text = en) => text.strikeRows.find((r) => r[0] === n)!;
		expect(row('1')[3]).toBe('11');
		expect(row('2')[3]).toBe('reportedly 3 (one report)');
		expect(row('2', es)[3]).toBe('3, según un solo reporte');
		expect(row('21')[3]).toBe('3');
	});

	it('project every mark inside the base map', () => {
		const points = [...en.labels, ...en.dots, ...en.zones.map((z) => ({ x: z.cx, y: z.cy }))];
		for (const p of points) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(MAP_WIDTH);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(MAP_HEIGHT);
		}
		for (const state of MAP_STATES) {
			const [x0, y0, x1, y1] = en.frames[state];
			expect(x0 < x1 && y0 < y1, state).toBe(true);
		}
		expect(en.route.d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+){2}$/);
	});

	it('give one table row per asset, each with its source note', () => {
		expect(en.rows).toHaveLength(assets.length);
		for (const row of en.rows) expect(row[4]).toMatch(/\(.+\)$/);
		expect(en.strikeRows.find((r) => r[0] === '11–13')).toEqual([
			'11–13',
			'October 27, 2025',
			'Eastern Pacific',
			'14 + 1 presumed dead'
		]);
	});
});
