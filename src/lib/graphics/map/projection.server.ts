/**
 * The map's one projection, used only at build time: the base map and every marker, zone and
 * route are projected here, so neither d3-geo nor the atlas reaches the browser.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';

/** The region the base map covers: Florida to the Guianas, the eastern Pacific to the Lesser Antilles. */
export const REGION = { west: -98, east: -51, south: 1, north: 31 } as const;

/** Width of the map's coordinate space, in map units; the height follows from the projection. */
export const MAP_WIDTH = 2000;

export type LonLat = readonly [lon: number, lat: number];
export type Point = [x: number, y: number];

function fitRegion(): { projection: GeoProjection; height: number } {
	const projection = geoMercator().scale(1).translate([0, 0]);
	const [x0, y0] = projection([REGION.west, REGION.north])!;
	const [x1, y1] = projection([REGION.east, REGION.south])!;
	const k = MAP_WIDTH / (x1 - x0);
	projection.scale(k).translate([-x0 * k, -y0 * k]);
	const height = Math.round((y1 - y0) * k);
	projection.clipExtent([
		[0, 0],
		[MAP_WIDTH, height]
	]);
	return { projection, height };
}

const fitted = fitRegion();

export const projection = fitted.projection;
export const MAP_HEIGHT = fitted.height;

/** A point in map units, rounded to a tenth: finer than any screen shows, and stable across builds. */
export function project([lon, lat]: LonLat): Point {
	const [x, y] = projection([lon, lat])!;
	return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
