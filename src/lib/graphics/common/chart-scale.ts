/**
 * How much larger than on the reader's page a chart draws its words and marks. The presenter's
 * stage sets it, because its charts are read from the back of a room; the HTML layers take the
 * stage's CSS sizes instead, so only a chart that places text in its own units (the map's labels,
 * scaled around their points) reads this number.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('chart-scale');

export function setChartScale(scale: number): void {
	setContext(KEY, scale);
}

/** 1 on the reader's page and in embeds, where no stage sets it. */
export function chartScale(): number {
	return getContext<number | undefined>(KEY) ?? 1;
}
