/**
 * The one table from graphic ids (as the story file names them) to the components that draw
 * them. A graphic missing here is not built yet: its steps read as text steps.
 */
import type { Component } from 'svelte';
import type { GraphicId } from '$lib/story/graphics';
import AftermathChart from './aftermath/AftermathChart.svelte';
import ChartTable from './ChartTable.svelte';
import ElectionChart from './election/ElectionChart.svelte';
import GdpChart from './gdp/GdpChart.svelte';
import NextChart from './next/NextChart.svelte';
import TenureChart from './tenure/TenureChart.svelte';
import MapChart from '$lib/map/MapChart.svelte';
import MapTable from '$lib/map/MapTable.svelte';

/**
 * Each chart takes its own state names and its own text; the registry erases both to plain
 * types. That is safe: the story validator has checked every state against its graphic, and
 * the text handed over is looked up by the same id.
 */
export interface GraphicEntry {
	Chart: Component<{ state: string; text: unknown }>;
	/** `download` names the link to the table's CSV file; `graphic` picks that file. */
	Table: Component<{ text: unknown; summary: string; download: string; graphic: GraphicId }>;
}

const Table = ChartTable as GraphicEntry['Table'];

export const graphics: Partial<Record<GraphicId, GraphicEntry>> = {
	map: { Chart: MapChart as GraphicEntry['Chart'], Table: MapTable as GraphicEntry['Table'] },
	tenure: { Chart: TenureChart as GraphicEntry['Chart'], Table },
	gdp: { Chart: GdpChart as GraphicEntry['Chart'], Table },
	election: { Chart: ElectionChart as GraphicEntry['Chart'], Table },
	next: { Chart: NextChart as GraphicEntry['Chart'], Table },
	aftermath: { Chart: AftermathChart as GraphicEntry['Chart'], Table }
};
