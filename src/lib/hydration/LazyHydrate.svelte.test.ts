import { render, waitFor } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import ChartTable from '$lib/graphics/common/ChartTable.svelte';
import GdpChart from '$lib/graphics/gdp/GdpChart.svelte';
import { graphicTexts } from '$lib/graphics/build.server';
import LazyHydrate from './LazyHydrate.svelte';
import { postTask } from './task-queue';

const text = graphicTexts('en').gdp;
const Chart = GdpChart as Component<{ state: string; text: unknown }>;

// The server half (the markup a hydrating page keeps) is covered end to end: every e2e test of the
// story runs on graphics hydrated that way. Here, the half a page rendered in the browser takes.
describe('LazyHydrate, on a page rendered in the browser', () => {
	it('mounts its component in a later task, then follows its props without mounting it anew', async () => {
		const island = $state({ component: Chart, props: { state: 'baseline', text } });
		const { container } = render(LazyHydrate<{ state: string; text: unknown }>, { props: island });
		const host = container.querySelector<HTMLElement>('.island')!;
		expect(host.querySelector('.chart-block')).toBeNull();
		await waitFor(() => expect(host.dataset.hydrated).toBe(''));
		const chart = host.querySelector('.chart-block')!;
		expect(chart.querySelector('.sr-only')!.textContent).toBe(text.describe.baseline);

		island.props = { state: 'collapse', text };
		await waitFor(() => expect(chart.querySelector('.sr-only')!.textContent).toBe(text.describe.collapse));
		expect(host.querySelector('.chart-block')).toBe(chart);
	});

	it('never mounts a component taken away before its turn, and removes one taken away after', async () => {
		const early = render(LazyHydrate<{ state: string; text: unknown }>, {
			props: { component: Chart, props: { state: 'baseline', text } }
		});
		const earlyHost = early.container.querySelector<HTMLElement>('.island')!;
		early.unmount();
		// The queue runs in order: once work queued after it has run, its turn has passed.
		await new Promise<void>((resolve) => postTask(resolve));
		expect(earlyHost.dataset.hydrated).toBeUndefined();

		const late = render(LazyHydrate<{ state: string; text: unknown }>, {
			props: { component: Chart, props: { state: 'baseline', text } }
		});
		const lateHost = late.container.querySelector<HTMLElement>('.island')!;
		await waitFor(() => expect(lateHost.dataset.hydrated).toBe(''));
		const chart = lateHost.querySelector('.chart-block')!;
		late.unmount();
		expect(chart.isConnected).toBe(false);
	});

	it('mounts a static island as well, in a later task: only server-rendered markup is left as it is', async () => {
		type TableProps = { text: unknown; summary: string; download: string; graphic: 'gdp' };
		const { container } = render(LazyHydrate<TableProps>, {
			props: {
				component: ChartTable as Component<TableProps>,
				props: { text, summary: 'The numbers', download: 'Download the data', graphic: 'gdp' },
				static: true
			}
		});
		const host = container.querySelector<HTMLElement>('.island')!;
		expect(host.querySelector('table')).toBeNull();
		await waitFor(() => expect(host.dataset.hydrated).toBe(''));
		expect(host.querySelector('summary')!.textContent).toBe('The numbers');
		expect(host.querySelectorAll('tbody tr')).toHaveLength(text.rows.length);
	});
});
