import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { until } from '$lib/test/until';
import { storyIn } from '$lib/story/stories';
import { uiText } from '$lib/story/ui';
import '../../app.css';
import ScrollyStory from './ScrollyStory.svelte';

const story = storyIn('en');
const steps = story.steps;
const props = { sections: story.sections, steps: story.steps, texts: inject('texts').en, ui: uiText(story) };

describe('ScrollyStory rendered in the browser (a client-side navigation)', () => {
	let app: Record<string, unknown> | null = null;
	afterEach(() => {
		if (app) void unmount(app);
		app = null;
		document.body.replaceChildren();
		history.replaceState(null, '', location.pathname);
		scrollTo(0, 0);
	});

	it('follows the scroll once the islands have mounted the step cards', async () => {
		const target = document.body.appendChild(document.createElement('main'));
		app = mount(ScrollyStory, { target, props });
		flushSync();
		// Drawn in later tasks, not with the frame.
		expect(target.querySelectorAll('[data-step-id]')).toHaveLength(0);
		await until(() => target.querySelectorAll('[data-step-id]').length === steps.length);
		const driven = target.querySelector<HTMLElement>('.story')!;
		await until(() => driven.dataset.activeStep === steps[0]!.id);

		const late = steps[steps.length - 3]!;
		target.querySelector(`[data-step-id="${late.id}"]`)!.scrollIntoView({ block: 'center' });
		await until(() => driven.dataset.activeStep === late.id);
		expect(driven.dataset.activeStep).toBe(late.id);
	});

	it('opens on the step a hash names once that step is mounted', async () => {
		const named = steps[Math.floor(steps.length / 2)]!;
		history.replaceState(null, '', `#step-${named.id}`);
		const target = document.body.appendChild(document.createElement('main'));
		app = mount(ScrollyStory, { target, props });
		const driven = target.querySelector<HTMLElement>('.story')!;
		await until(() => driven.dataset.activeStep === named.id);
		const card = target.querySelector(`[data-step-id="${named.id}"]`)!.getBoundingClientRect();
		expect(card.top).toBeGreaterThanOrEqual(0);
		expect(card.top).toBeLessThan(innerHeight);
	});
});
