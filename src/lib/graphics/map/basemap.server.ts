/**
 * The base map, built once at build time from world-atlas's 1:50m countries: clipped to the
 * region, projected, thinned and written as one small static SVG (src/routes/map/base.svg).
 * Only the shapes are kept: no names, ids or properties reach the file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { MAP_HEIGHT, MAP_WIDTH, projection } from './projection.server';

/** The country drawn highlighted, by its ISO 3166 numeric id. */
export const FOCUS_COUNTRY_ID = '862';

/**
 * Points closer than this (map units) to the last kept one are dropped. At the closest zoom a
 * map unit is under a screen pixel, so the coastline loses nothing a reader could see.
 */
const MIN_STEP = 1.5;

type Ring = [number, number][];

function readAtlas(): Topology<{ countries: GeometryCollection<{ name: string }> }> {
	const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
	return JSON.parse(readFileSync(file, 'utf8'));
}

/** Drops points too close to the last kept one; a ring too small to survive keeps its own points. */
function thin(ring: Ring): Ring {
	const kept: Ring = [ring[0]!];
	for (const p of ring.slice(1)) {
		const last = kept[kept.length - 1]!;
		if (Math.hypot(p[0] - last[0], p[1] - last[1]) >= MIN_STEP) kept.push(p);
	}
	return kept.length >= 3 ? kept : ring;
}

/** A ring as compact path data: integer map units, relative moves after the first point. */
function ringPath(ring: Ring, closed: boolean): string {
	const points = thin(ring).map(([x, y]) => [Math.round(x), Math.round(y)] as const);
	let [px, py] = points[0]!;
	let steps = '';
	for (const [x, y] of points.slice(1)) {
		const dx = x - px;
		const dy = y - py;
		if (dx === 0 && dy === 0) continue;
		steps += `${dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
		px = x;
		py = y;
	}
	if (steps === '') return '';
	return `M${points[0]![0]} ${points[0]![1]}l${steps.trimStart()}${closed ? 'z' : ''}`;
}

/** A feature's clipped, projected outline as path data ('' when it lies outside the region). */
function outline(geometry: Parameters<ReturnType<typeof geoPath>>[0]): string {
	let d = '';
	let ring: Ring = [];
	const flush = (closed: boolean) => {
		if (ring.length >= 2) d += ringPath(ring, closed);
		ring = [];
	};
	geoPath(projection, {
		moveTo: (x, y) => {
			flush(false);
			ring = [[x, y]];
		},
		lineTo: (x, y) => void ring.push([x, y]),
		closePath: () => flush(true),
		beginPath: () => {},
		arc: () => {}
	})(geometry);
	flush(false);
	return d;
}

export interface BaseMap {
	svg: string;
	/** The land's and Venezuela's path data, for a renderer that draws them in its own colours. */
	land: string;
	focus: string;
	/** Names of the countries drawn, for tests and for the record. */
	countries: string[];
}

export function buildBaseMap(): BaseMap {
	const atlas = readAtlas();
	const countries: string[] = [];
	let land = '';
	let focus = '';
	for (const country of feature(atlas, atlas.objects.countries).features) {
		const d = outline(country);
		if (!d) continue;
		countries.push(country.properties.name);
		if (String(country.id) === FOCUS_COUNTRY_ID) focus += d;
		else land += d;
	}
	// No colours of its own: the page draws each path with <use>, whose fill and stroke the paths
	// inherit from the page's theme tokens. An <image> would follow only the system's scheme.
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}">` +
		`<path id="land" class="land" d="${land}"/><path id="focus" class="focus" d="${focus}"/></svg>\n`;
	return { svg, land, focus, countries: countries.sort() };
}
