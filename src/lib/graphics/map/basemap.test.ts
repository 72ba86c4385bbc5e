import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assets } from '$lib/data/deployment';
import { buildBaseMap } from './basemap.server';
import { MAP_HEIGHT, MAP_WIDTH, project, REGION } from './projection.server';

const baseMap = buildBaseMap();

/** Every coordinate in the SVG's path data, made absolute. */
function pathPoints(svg: string): [number, number][] {
	const points: [number, number][] = [];
	for (const [, d] of svg.matchAll(/ d="([^"]*)"/g)) {
		for (const [, start, steps] of d!.matchAll(/M([^l]+)l([^Mz]*)/g)) {
			let [x, y] = start!.trim().split(/\s+/).map(Number) as [number, number];
			points.push([x, y]);
			const deltas = steps!.match(/-?\d+/g)!.map(Number);
			for (let i = 0; i < deltas.length; i += 2) {
				x += deltas[i]!;
				y += deltas[i + 1]!;
				points.push([x, y]);
			}
		}
	}
	return points;
}

describe('the base map', () => {
	it('keeps the countries the story names, and the small islands around them', () => {
		expect(baseMap.countries).toEqual(
			expect.arrayContaining([
				'Venezuela',
				'Colombia',
				'Cuba',
				'Puerto Rico',
				'Trinidad and Tobago',
				'United States of America',
				'Panama',
				'Guyana',
				'Suriname',
				'France',
				'Aruba',
				'Curaçao',
				'Grenada',
				'Barbados',
				'Guatemala'
			])
		);
	});

	it('drops everything outside the region', () => {
		for (const far of ['Canada', 'Brazil', 'Peru', 'Spain', 'Argentina', 'Chile'])
			expect(baseMap.countries.includes(far), far).toBe(far === 'Brazil');
	});

	it('stays inside its box: every point within the projected region', () => {
		const points = pathPoints(baseMap.svg);
		expect(points.length).toBeGreaterThan(1000);
		const xs = points.map((p) => p[0]);
		const ys = points.map((p) => p[1]);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH);
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...ys)).toBeLessThanOrEqual(MAP_HEIGHT);
		expect(baseMap.svg).toContain(`viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"`);
	});

	it('projects the region corners onto the map corners, north up', () => {
		expect(project([REGION.west, REGION.north])).toEqual([0, 0]);
		const [x, y] = project([REGION.east, REGION.south]);
		expect(x).toBeCloseTo(MAP_WIDTH, 0);
		expect(y).toBeCloseTo(MAP_HEIGHT, 0);
		const [, caracasY] = project([-66.9, 10.5]);
		const [, havanaY] = project([-82.4, 23.1]);
		expect(havanaY).toBeLessThan(caracasY);
	});

	it('holds every pinned asset inside the region', () => {
		for (const { id, position } of assets) {
			if (position.precision === 'undisclosed') continue;
			expect(position.lon, id).toBeGreaterThan(REGION.west);
			expect(position.lon, id).toBeLessThan(REGION.east);
			expect(position.lat, id).toBeGreaterThan(REGION.south);
			expect(position.lat, id).toBeLessThan(REGION.north);
		}
	});

	it('highlights Venezuela in a path of its own', () => {
		const focus = /<path id="focus" class="focus" d="([^"]+)"/.exec(baseMap.svg);
		expect(focus?.[1]?.length).toBeGreaterThan(200);
		const [cx, cy] = project([-66.9, 8]);
		const points = pathPoints(focus![0]);
		const xs = points.map((p) => p[0]);
		const ys = points.map((p) => p[1]);
		expect(Math.min(...xs)).toBeLessThan(cx);
		expect(Math.max(...xs)).toBeGreaterThan(cx);
		expect(Math.min(...ys)).toBeLessThan(cy);
		expect(Math.max(...ys)).toBeGreaterThan(cy);
	});

	it('carries only shapes: no names or properties', () => {
		expect(baseMap.svg).not.toMatch(/Venezuela|Colombia|properties|<text/);
		expect(baseMap.svg.match(/<path /g)).toHaveLength(2);
	});

	it('weighs at most 20 KB gzipped', () => {
		expect(gzipSync(baseMap.svg, { level: 9 }).length).toBeLessThanOrEqual(20 * 1024);
	});

	it('comes out byte for byte the same on every build', () => {
		expect(buildBaseMap().svg).toBe(baseMap.svg);
	});
});
