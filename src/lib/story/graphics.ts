/**
 * Which graphics exist and which named states each can draw. The story file may only name these;
 * the build fails on anything else. Order matters: it is the order a reader meets the states.
 */
export const GRAPHIC_STATES = {
	map: ['region', 'buildup', 'strikes', 'carrier', 'cuba'],
	tenure: ['takeover', 'crises', 'presidents'],
	gdp: ['baseline', 'collapse', 'rebound'],
	election: ['official', 'tally', 'checks'],
	next: ['talks', 'pressure', 'legitimacy'],
	aftermath: ['capture']
} as const;

export type GraphicId = keyof typeof GRAPHIC_STATES;
export type GraphicState<G extends GraphicId = GraphicId> = (typeof GRAPHIC_STATES)[G][number];

export const GRAPHIC_IDS = Object.keys(GRAPHIC_STATES) as GraphicId[];

export function isGraphicId(id: string): id is GraphicId {
	return Object.hasOwn(GRAPHIC_STATES, id);
}

export function isStateOf<G extends GraphicId>(graphic: G, state: string): state is GraphicState<G> {
	return (GRAPHIC_STATES[graphic] as readonly string[]).includes(state);
}
