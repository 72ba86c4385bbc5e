/**
 * The map's marks, the same in every edition, built at build time: where each label, dot, zone,
 * route and arc sits, which states show it, each state's frame and the scale, with every position
 * already projected into map units, so the page carries a few hundred numbers and no projection
 * code. The words that go with them are in words.ts.
 */
import { assets, type Asset, type AssetId, type Position, type Sea } from '$lib/data/deployment';
import type { SourceId } from '$lib/data/sources';
import { MAP_HEIGHT, MAP_WIDTH, project, type Point } from './projection.server';
import {
	allianceArc,
	assetPlacement,
	assetState,
	assetStates,
	fordRoute,
	frames,
	MAP_STATES,
	places,
	seaNames,
	zones,
	type MapState,
	type PlaceId,
	type Placement,
	type SeaId
} from './view';

export type LabelKind = 'country' | 'city' | 'asset' | 'zone' | 'note' | 'sea';

export interface MapLabel {
	id: string;
	/** Lines of the label, top to bottom. */
	lines: string[];
	x: number;
	y: number;
	place: Placement;
	kind: LabelKind;
	states: MapState[];
}

/** The notes the map writes beside a mark of its own: the carrier's way in, Cuba's alliance. */
export type NoteId = 'anegada' | 'alliance';

/** What a label names, for the words to find its lines. */
export type LabelSubject =
	{ place: PlaceId } | { water: SeaId } | { asset: AssetId } | { zone: Sea } | { note: NoteId };

/** A label without its words: where it sits and what it names. */
export type LabelMark = Omit<MapLabel, 'lines'> & { subject: LabelSubject };

export interface MapDot {
	id: string;
	x: number;
	y: number;
	/** A city, a reported site, or an illustrative point inside a reported area. */
	kind: 'city' | 'site' | 'area';
	states: MapState[];
	/** States that carry it over from an earlier one, its label gone: drawn and keyed as reported earlier. */
	earlier: MapState[];
}

/** The kinds of mark the legend keys, in its order. */
const LEGEND_KEYS = ['site', 'area', 'earlier', 'zone'] as const;
export type LegendKey = (typeof LEGEND_KEYS)[number];

/** Each key's swatch: its SVG shapes and their view box. */
export const keySwatches: Record<LegendKey, { mark: string; box: string }> = {
	site: { mark: '<circle class="key-site" r="4"/>', box: '-5 -5 10 10' },
	area: {
		mark: '<circle class="key-ring" r="8.5"/><circle class="key-site" r="3.5"/>',
		box: '-10 -10 20 20'
	},
	earlier: { mark: '<circle class="key-earlier" r="4"/>', box: '-5 -5 10 10' },
	zone: { mark: '<ellipse class="key-zone" rx="9" ry="5"/>', box: '-10 -6 20 12' }
};

/** The sources each state's marks come from. */
export const stateSources: Record<MapState, SourceId[]> = {
	region: ['naturalEarth'],
	buildup: ['iwoJimaGroup', 'lakeErie', 'marinesTraining', 'f35PuertoRico', 'f35Ceiba', 'reapers'],
	strikes: ['strikeTally'],
	carrier: ['bomberFlights', 'b1Flights', 'portOfSpain', 'southcom', 'fordCaribbean'],
	cuba: ['nyt']
};

export function pinned<A extends Asset>(
	asset: A
): asset is A & { position: Exclude<Position, { precision: 'undisclosed' }> } {
	return asset.position.precision !== 'undisclosed';
}

/** The assets a state brings in, in the data's order. */
export function assetsIn(state: MapState) {
	return assets.filter((a) => assetState(a.date) === state);
}

function box(state: MapState): [number, number, number, number] {
	const { west, south, east, north } = frames[state];
	const [x0, y0] = project([west, north]);
	const [x1, y1] = project([east, south]);
	return [x0, y0, x1, y1];
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Kilometres per map unit at 15° N, the middle of what the map shows: its scale bar's measure. */
function kmPerUnit(): number {
	const [x0] = project([-70, 15]);
	const [x1] = project([-69, 15]);
	return (111.32 * Math.cos((15 * Math.PI) / 180)) / (x1 - x0);
}

/** A quadratic arc from a to b, its control point pushed sideways by `bow` of the distance. */
function arcPath(a: Point, b: Point, bow: number): { d: string; middle: Point } {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	// Along (-dy, dx): for Havana to Caracas, that bows the arc south-west, over the open sea.
	const c: Point = [round((a[0] + b[0]) / 2 - dy * bow), round((a[1] + b[1]) / 2 + dx * bow)];
	const middle: Point = [round((a[0] + 2 * c[0] + b[0]) / 4), round((a[1] + 2 * c[1] + b[1]) / 4)];
	return { d: `M${a.join(' ')}Q${c.join(' ')} ${b.join(' ')}`, middle };
}

export function mapMarks() {
	const labels: LabelMark[] = [];
	const dots: MapDot[] = [];
	for (const [id, p] of Object.entries(places) as [PlaceId, (typeof places)[PlaceId]][]) {
		const [x, y] = project([p.lon, p.lat]);
		const states = [...p.states];
		labels.push({
			id,
			x,
			y,
			place: p.place,
			kind: p.dot ? 'city' : 'country',
			states,
			subject: { place: id }
		});
		if (p.dot) dots.push({ id, x, y, kind: 'city', states, earlier: [] });
	}
	for (const water of seaNames) {
		const [x, y] = project([water.lon, water.lat]);
		labels.push({
			id: `sea-${water.id}`,
			x,
			y,
			place: 'center',
			kind: 'sea',
			states: [...water.states],
			subject: { water: water.sea }
		});
	}
	for (const asset of assets.filter(pinned)) {
		const [x, y] = project([asset.position.lon, asset.position.lat]);
		const state = assetState(asset.date);
		const states = assetStates(asset);
		dots.push({
			id: asset.id,
			x,
			y,
			kind: asset.position.precision,
			states,
			earlier: states.filter((s) => s !== state)
		});
		labels.push({
			id: asset.id,
			x,
			y,
			place: assetPlacement[asset.id] ?? 'right',
			kind: 'asset',
			states: [state],
			subject: { asset: asset.id }
		});
	}
	const zoneMarks = (Object.keys(zones) as Sea[]).map((sea) => {
		const z = zones[sea];
		const [cx, cy] = project([z.lon, z.lat]);
		const [ex] = project([z.lon + z.rx, z.lat]);
		const [, ny] = project([z.lon, z.lat + z.ry]);
		labels.push({
			id: `zone-${sea}`,
			x: cx,
			y: cy,
			place: 'center',
			kind: 'zone',
			states: ['strikes'],
			subject: { zone: sea }
		});
		return { sea, cx, cy, rx: round(ex - cx), ry: round(cy - ny), states: ['strikes'] as MapState[] };
	});

	const route = fordRoute.map((p) => project(p));
	const [tailX, tailY] = route[route.length - 2]!;
	const [headX, headY] = route[route.length - 1]!;
	const routeMark = {
		d: `M${route.map((p) => p.join(' ')).join('L')}`,
		head: { x: headX, y: headY, angle: round((Math.atan2(headY - tailY, headX - tailX) * 180) / Math.PI) },
		states: ['carrier'] as MapState[]
	};
	labels.push({
		id: 'anegada',
		x: route[1]![0],
		y: route[1]![1],
		place: 'right',
		kind: 'note',
		states: ['carrier'],
		subject: { note: 'anegada' }
	});

	const havana = places[allianceArc.from];
	const caracas = places[allianceArc.to];
	const arc = arcPath(
		project([havana.lon, havana.lat]),
		project([caracas.lon, caracas.lat]),
		allianceArc.bow
	);
	labels.push({
		id: 'alliance',
		x: arc.middle[0],
		y: arc.middle[1],
		place: 'right',
		kind: 'note',
		states: ['cuba'],
		subject: { note: 'alliance' }
	});

	/** The kinds of mark a state shows, each keyed once in its legend. */
	const legendKeys = (state: MapState): LegendKey[] => {
		const shown = dots.filter((d) => d.states.includes(state));
		const now = shown.filter((d) => !d.earlier.includes(state));
		const keyed: Record<LegendKey, boolean> = {
			site: now.some((d) => d.kind === 'site'),
			area: now.some((d) => d.kind === 'area'),
			earlier: shown.some((d) => d.earlier.includes(state)),
			zone: zoneMarks.some((z) => z.states.includes(state))
		};
		return LEGEND_KEYS.filter((key) => keyed[key]);
	};

	return {
		size: { width: MAP_WIDTH, height: MAP_HEIGHT },
		frames: Object.fromEntries(MAP_STATES.map((s) => [s, box(s)])) as Record<
			MapState,
			[number, number, number, number]
		>,
		labels,
		dots,
		zones: zoneMarks,
		route: routeMark,
		arc: { d: arc.d, states: ['cuba'] as MapState[] },
		kmPerUnit: round(kmPerUnit() * 1000) / 1000,
		legendKeys: Object.fromEntries(MAP_STATES.map((s) => [s, legendKeys(s)])) as Record<MapState, LegendKey[]>
	};
}
