/**
 * The list of graphics: one line per graphic, each a folder of this directory (see
 * docs/graphics.md). Everything else that names graphics derives from it: the story validator's
 * graphic and state names, the charts (charts.ts), their words, share cards and data tables
 * (build.server.ts), each typed over these ids so that a graphic missing from one of them does
 * not compile. This module holds only names, so the story parser can load it at build time in
 * plain Node, and the page gains nothing from importing it.
 */
import { GRAPHIC as aftermath } from './aftermath/graphic.js';
import { GRAPHIC as election } from './election/graphic.js';
import { GRAPHIC as gdp } from './gdp/graphic.js';
import { GRAPHIC as map } from './map/graphic.js';
import { GRAPHIC as next } from './next/graphic.js';
import { GRAPHIC as tenure } from './tenure/graphic.js';

/** Order matters: it is the order a reader meets the graphics and, within one, its states. */
export const GRAPHICS = {
	map,
	tenure,
	gdp,
	election,
	next,
	aftermath
} as const satisfies Record<
	string,
	{
		states: readonly [string, ...string[]];
		tables: readonly [string, ...string[]];
		/** The state the graphic opens on when shown on its own; without it, its last. */
		opens?: string;
	}
>;

export type GraphicId = keyof typeof GRAPHICS;
export type GraphicState<G extends GraphicId = GraphicId> = (typeof GRAPHICS)[G]['states'][number];

/** A data table, offered as /data/<dataset>.csv: a graphic's one table has the graphic's id. */
export type DatasetId = (typeof GRAPHICS)[GraphicId]['tables'][number];

export function isGraphicId(id: string): id is GraphicId {
	return Object.hasOwn(GRAPHICS, id);
}

export const GRAPHIC_IDS: readonly GraphicId[] = Object.keys(GRAPHICS).filter(isGraphicId);

export function isStateOf<G extends GraphicId>(graphic: G, state: string): state is GraphicState<G> {
	const states: readonly string[] = GRAPHICS[graphic].states;
	return states.includes(state);
}
