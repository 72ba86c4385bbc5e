/** What the GDP chart draws in each of its states: pure data, so every state can be tested. */
import { GDP_BASE_YEAR, gdpLatest, gdpLatestMaddison, gdpSeries, gdpTrough } from '$lib/data/gdp';
import type { GraphicState } from '$lib/graphics';
import { yearTicks } from '../common/reveal';

export type GdpState = GraphicState<'gdp'>;

export interface GdpView {
	/** The x axis ends here (the axis grows with the story). */
	xEnd: number;
	/** The line is drawn up to this year. */
	drawnTo: number;
	/** The fall from 2013 to the trough is marked and labelled. */
	showFall: boolean;
	/** The last point, from another source, is shown. */
	showLatest: boolean;
}

export const gdpViews: Record<GdpState, GdpView> = {
	baseline: { xEnd: GDP_BASE_YEAR + 3, drawnTo: GDP_BASE_YEAR, showFall: false, showLatest: false },
	collapse: { xEnd: gdpTrough.year, drawnTo: gdpTrough.year, showFall: true, showLatest: false },
	rebound: { xEnd: gdpLatest.year, drawnTo: gdpLatestMaddison.year, showFall: true, showLatest: true }
};

export const GDP_Y_MAX = 110;
export const GDP_Y_TICKS = [0, 25, 50, 75, 100] as const;

/** The marks the chart places, in data units; the page and the share image both draw these. */
export const gdpMarks = {
	/** The Maddison estimates, drawn as the solid line. */
	estimates: gdpSeries.filter((p) => p.source === 'mpd').map((p) => ({ x: p.year, y: p.index })),
	base: { x: GDP_BASE_YEAR, y: 100 },
	trough: { x: gdpTrough.year, y: gdpTrough.index },
	latest: { x: gdpLatest.year, y: gdpLatest.index },
	/** From the last Maddison year to the one point from another source, drawn dashed. */
	bridge: [
		{ x: gdpLatestMaddison.year, y: gdpLatestMaddison.index },
		{ x: gdpLatest.year, y: gdpLatest.index }
	]
};

/** Year ticks up to the axis end: every year while the axis is short, every other year after. */
export function gdpYearTicks(xEnd: number): number[] {
	return yearTicks(GDP_BASE_YEAR, xEnd, xEnd - GDP_BASE_YEAR > 5 ? 2 : 1);
}
