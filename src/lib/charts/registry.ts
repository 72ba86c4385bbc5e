/**
 * The one table from graphic ids (as the story file names them) to the components that draw
 * them. A graphic missing here is not built yet: its steps read as text steps.
 */
import type { Component } from 'svelte';
import type { GraphicId } from '$lib/story/graphics';
import GdpChart from './gdp/GdpChart.svelte';
import GdpTable from './gdp/GdpTable.svelte';
import MapChart from '$lib/map/MapChart.svelte';
import MapTable from '$lib/map/MapTable.svelte';

/**
 * Each chart takes its own state names and its own text; the registry erases both to plain
 * types. That is safe: the story validator has checked every state against its graphic, and
 * the text handed over is looked up by the same id.
 */
export interface GraphicEntry {
	Chart: Component<{ state: string; text: unknown }>;
	Table: Component<{ text: unknown; summary: string }>;
}

export const graphics: Partial<Record<GraphicId, GraphicEntry>> = {
	map: { Chart: MapChart as GraphicEntry['Chart'], Table: MapTable as GraphicEntry['Table'] },
	gdp: { Chart: GdpChart as GraphicEntry['Chart'], Table: GdpTable as GraphicEntry['Table'] }
};
