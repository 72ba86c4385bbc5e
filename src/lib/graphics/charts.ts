/**
 * What the page draws of each graphic: its chart and its data table. Typed over the graphic ids,
 * so a graphic of the list (index.ts) without a chart does not compile, and each chart's props
 * line up with its own states and words.
 */
import type { Component } from 'svelte';
import type { GraphicId, GraphicState } from './index';
import type { GraphicText } from './build.server';
import AftermathChart from './aftermath/AftermathChart.svelte';
import ChartTable from './common/ChartTable.svelte';
import ElectionChart from './election/ElectionChart.svelte';
import GdpChart from './gdp/GdpChart.svelte';
import MapChart from './map/MapChart.svelte';
import MapTable from './map/MapTable.svelte';
import NextChart from './next/NextChart.svelte';
import TenureChart from './tenure/TenureChart.svelte';

export type ChartProps<G extends GraphicId = GraphicId> = { state: GraphicState<G>; text: GraphicText<G> };
/** `download` names the link to the table's CSV file; `graphic` picks that file. */
export type TableProps<G extends GraphicId = GraphicId> = {
	text: GraphicText<G>;
	summary: string;
	download: string;
	graphic: G;
};

const CHARTS: { [G in GraphicId]: { Chart: Component<ChartProps<G>>; Table: Component<TableProps<G>> } } = {
	map: { Chart: MapChart, Table: MapTable },
	tenure: { Chart: TenureChart, Table: ChartTable },
	gdp: { Chart: GdpChart, Table: ChartTable },
	election: { Chart: ElectionChart, Table: ChartTable },
	next: { Chart: NextChart, Table: ChartTable },
	aftermath: { Chart: AftermathChart, Table: ChartTable }
};

/**
 * A graphic's chart. Generic in the id, so a caller holding any graphic gets the props of any
 * graphic: the state and words it passes are those of the same id (the story validator checked
 * the state; the words are looked up by that id).
 */
export function chartOf<G extends GraphicId>(graphic: G): Component<ChartProps<G>> {
	return CHARTS[graphic].Chart;
}

/** A graphic's data table, as chartOf. */
export function tableOf<G extends GraphicId>(graphic: G): Component<TableProps<G>> {
	return CHARTS[graphic].Table;
}
