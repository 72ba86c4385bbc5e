import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { graphicTexts } from '$lib/graphics/build.server';
import { StoryState } from '$lib/story/story-state.svelte';
import type { Step } from '$lib/story/types';
import Stage from './Stage.svelte';

function step(index: number, id: string, graphic: Step['graphic'], state: Step['state']): Step {
	return {
		id,
		index,
		sectionId: graphic ? 'economy' : 'aside',
		graphic,
		state,
		text: [{ kind: 'text', text: id }],
		words: 30
	};
}

const steps = [
	step(0, 'opening', null, null),
	step(1, 'gdp-a', 'gdp', 'baseline'),
	step(2, 'gdp-b', 'gdp', 'collapse'),
	step(3, 'words', null, null)
];
const props = (story: StoryState) => ({
	story,
	texts: graphicTexts('en'),
	sectionTitles: { economy: 'The economy', aside: 'An aside' },
	quoteTo: 'to'
});

describe('a presenter stage', () => {
	it('draws its graphic’s chart in the step’s state, with the words as the caption', () => {
		const story = new StoryState(steps);
		story.go('gdp-b');
		const { container } = render(Stage, props(story));
		const figure = container.querySelector('figure[data-graphic]')!;
		expect(figure.getAttribute('data-graphic')).toBe('gdp');
		expect(figure.getAttribute('data-state')).toBe('collapse');
		expect(figure.getAttribute('data-dimmed')).toBe('false');
		expect(container.querySelector('.chart path.line')).not.toBeNull();
		expect(container.querySelector('.caption .words')!.textContent).toBe('gdp-b');
	});

	it('keeps the last graphic on a text step, dimmed', () => {
		const story = new StoryState(steps);
		story.go('words');
		const { container } = render(Stage, props(story));
		const figure = container.querySelector('figure[data-graphic]')!;
		expect(figure.getAttribute('data-state')).toBe('collapse');
		expect(figure.getAttribute('data-dimmed')).toBe('true');
		expect(container.querySelector('.stage-section')!.textContent).toBe('An aside');
	});

	it('shows the caption alone before the first graphic, and follows the model', () => {
		const story = new StoryState(steps);
		story.go('opening');
		const { container } = render(Stage, props(story));
		expect(container.querySelector('figure[data-graphic]')).toBeNull();
		expect(container.querySelector('.stage')!.classList.contains('caption-only')).toBe(true);
		story.go('gdp-a');
		flushSync();
		expect(container.querySelector('figure[data-graphic]')!.getAttribute('data-state')).toBe('baseline');
	});
});
