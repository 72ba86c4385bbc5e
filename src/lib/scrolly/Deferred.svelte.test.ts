import { render, waitFor } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import ChartTable from '$lib/graphics/common/ChartTable.svelte';
import GdpChart from '$lib/graphics/gdp/GdpChart.svelte';
import { graphicTexts } from '$lib/graphics/words';
import Deferred from './Deferred.svelte';
import { queueWake } from './wake-queue';

const text = graphicTexts('en').gdp;
const Chart = GdpChart as Component<{ state: string; text: unknown }>;

// The server half (the markup a hydrating page keeps) is covered end to end: every e2e test of the
// story runs on graphics woken that way. Here, the half a page drawn in the browser takes.
describe('Deferred, on a page drawn in the browser', () => {
	it('draws its component in a later task, then follows its props without drawing it anew', async () => {
		const deferred = $state({ component: Chart, props: { state: 'baseline', text } });
		const { container } = render(Deferred<{ state: string; text: unknown }>, { props: deferred });
		const host = container.querySelector<HTMLElement>('.deferred-host')!;
		expect(host.querySelector('.chart-block')).toBeNull();
		await waitFor(() => expect(host.dataset.woken).toBe(''));
		const chart = host.querySelector('.chart-block')!;
		expect(chart.querySelector('.sr-only')!.textContent).toBe(text.describe.baseline);

		deferred.props = { state: 'collapse', text };
		await waitFor(() => expect(chart.querySelector('.sr-only')!.textContent).toBe(text.describe.collapse));
		expect(host.querySelector('.chart-block')).toBe(chart);
	});

	it('never draws a component taken away before its turn, and removes one taken away after', async () => {
		const early = render(Deferred<{ state: string; text: unknown }>, {
			props: { component: Chart, props: { state: 'baseline', text } }
		});
		const earlyHost = early.container.querySelector<HTMLElement>('.deferred-host')!;
		early.unmount();
		// The queue runs in order: once work queued after it has run, its turn has passed.
		await new Promise<void>((resolve) => queueWake(resolve));
		expect(earlyHost.dataset.woken).toBeUndefined();

		const late = render(Deferred<{ state: string; text: unknown }>, {
			props: { component: Chart, props: { state: 'baseline', text } }
		});
		const lateHost = late.container.querySelector<HTMLElement>('.deferred-host')!;
		await waitFor(() => expect(lateHost.dataset.woken).toBe(''));
		const chart = lateHost.querySelector('.chart-block')!;
		late.unmount();
		expect(chart.isConnected).toBe(false);
	});

	it('draws a still component as well, in a later task: only a server-drawn one is left as it is', async () => {
		type TableProps = { text: unknown; summary: string; download: string; graphic: 'gdp' };
		const { container } = render(Deferred<TableProps>, {
			props: {
				component: ChartTable as Component<TableProps>,
				props: { text, summary: 'The numbers', download: 'Download the data', graphic: 'gdp' },
				still: true
			}
		});
		const host = container.querySelector<HTMLElement>('.deferred-host')!;
		expect(host.querySelector('table')).toBeNull();
		await waitFor(() => expect(host.dataset.woken).toBe(''));
		expect(host.querySelector('summary')!.textContent).toBe('The numbers');
		expect(host.querySelectorAll('tbody tr')).toHaveLength(text.rows.length);
	});
});
