/**
 * What the map shows in each state, in longitude and latitude: pure data, projected at build
 * time (marks.ts). Label placements are chosen so that no two labels shown together overlap,
 * on a phone as on a wide screen (tests/e2e/map.spec.ts checks it).
 */
import type { Asset, AssetId, Sea } from '../../data/deployment';
import { AS_OF } from '../../data/timeframe';
import type { GraphicState } from '../index';
import { GRAPHIC } from './graphic';

export type MapState = GraphicState<'map'>;
export const MAP_STATES = GRAPHIC.states;

/** Which side of its point a label sits on. */
export type Placement = 'left' | 'right' | 'above' | 'below' | 'center';

export interface Box {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** The area each state must keep in view; the map widens it to fill whatever shape it is given. */
export const frames: Record<MapState, Box> = {
	region: { west: -88, south: 6, east: -57, north: 29 },
	buildup: { west: -80.5, south: 8.5, east: -58.5, north: 19.5 },
	strikes: { west: -95, south: 3, east: -60, north: 18 },
	carrier: { west: -70, south: 8, east: -58.5, north: 21.5 },
	cuba: { west: -84.5, south: 8.5, east: -62.5, north: 24 }
};

export type PlaceId =
	'venezuela' | 'caracas' | 'colombia' | 'cuba' | 'havana' | 'puertoRico' | 'trinidad' | 'florida';

export interface PlaceView {
	lon: number;
	lat: number;
	/** Cities get a dot; countries and islands only a name. */
	dot: boolean;
	place: Placement;
	states: readonly MapState[];
}

export const places: Record<PlaceId, PlaceView> = {
	venezuela: { lon: -65.5, lat: 8.4, dot: false, place: 'center', states: MAP_STATES },
	caracas: { lon: -66.9, lat: 10.5, dot: true, place: 'right', states: MAP_STATES },
	colombia: { lon: -74, lat: 6.2, dot: false, place: 'center', states: ['region', 'strikes'] },
	cuba: { lon: -78.6, lat: 21.1, dot: false, place: 'below', states: ['region', 'cuba'] },
	havana: { lon: -82.38, lat: 23.13, dot: true, place: 'above', states: ['cuba'] },
	puertoRico: { lon: -66.4, lat: 18.6, dot: false, place: 'above', states: ['region'] },
	trinidad: { lon: -61.2, lat: 10.7, dot: false, place: 'above', states: ['region'] },
	florida: { lon: -81.6, lat: 27.9, dot: false, place: 'center', states: ['region'] }
};

export type SeaId = 'caribbean' | 'atlantic' | 'pacific';

/**
 * The water each state is about, named where it is open sea in that state's frame (each once or
 * twice, where a state's frame leaves open water). The strikes state leaves them out:
 * its zones name their seas.
 */
export const seaNames: readonly {
	id: string;
	sea: SeaId;
	lon: number;
	lat: number;
	states: readonly MapState[];
}[] = [
	{ id: 'caribbean', sea: 'caribbean', lon: -77, lat: 12.3, states: ['region', 'buildup'] },
	{ id: 'caribbeanEast', sea: 'caribbean', lon: -68, lat: 16.3, states: ['carrier'] },
	{ id: 'atlantic', sea: 'atlantic', lon: -62, lat: 24.5, states: ['region'] },
	{ id: 'atlanticNorth', sea: 'atlantic', lon: -70, lat: 22.5, states: ['cuba'] },
	{ id: 'pacific', sea: 'pacific', lon: -85.5, lat: 7.2, states: ['region'] }
];

/** The months each state that shows assets covers: August–September, then October to the story's date. */
export const statePeriods = {
	buildup: { from: '2025-08-01', to: '2025-09-30' },
	carrier: { from: '2025-10-01', to: AS_OF }
} as const;

/** Assets reported before October arrive with the build-up; the rest with the carrier. */
export function assetState(date: string): MapState {
	return date < statePeriods.carrier.from ? 'buildup' : 'carrier';
}

/** The states whose months an asset's reported position covers: a canal transit is not a station. */
export function assetStates(asset: Pick<Asset, 'date' | 'until'>): ('buildup' | 'carrier')[] {
	const until = asset.until ?? AS_OF;
	return (['buildup', 'carrier'] as const).filter(
		(state) => asset.date <= statePeriods[state].to && until >= statePeriods[state].from
	);
}

/** Where each pinned asset's label sits. */
export const assetPlacement: Partial<Record<AssetId, Placement>> = {
	iwoJima: 'left',
	lakeErie: 'right',
	marinesAshore: 'below',
	destroyers: 'left',
	reapers: 'left',
	f35: 'right',
	b52: 'left',
	portOfSpain: 'above',
	ford: 'left'
};

/**
 * Strike zones: no coordinates were released, so each is an ellipse over the sea the Pentagon
 * named (centre and radii in degrees), not a cluster of points.
 */
export const zones: Record<Sea, { lon: number; lat: number; rx: number; ry: number }> = {
	caribbean: { lon: -70, lat: 14.6, rx: 6.5, ry: 2.3 },
	pacific: { lon: -87.5, lat: 6.5, rx: 5.5, ry: 3 }
};

/** The Ford group's way in: from the western Atlantic through the Anegada Passage. */
export const fordRoute: readonly (readonly [number, number])[] = [
	[-59.5, 21],
	[-63.9, 18.5],
	[-65.6, 16.4]
];

/** Cuba's role: an arc from Havana to Caracas, bowed out over the sea. It marks an alliance, not a route. */
export const allianceArc = { from: 'havana', to: 'caracas', bow: 0.22 } as const;
