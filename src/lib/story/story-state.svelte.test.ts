import { describe, expect, it } from 'vitest';
import { scenesOf } from './scenes';
import { StoryState } from './story-state.svelte';
import type { Section, Step } from './types';

function step(index: number, id: string, graphic: Step['graphic'], state: Step['state']): Step {
	return { id, index, sectionId: 's', graphic, state, text: [], words: 30 };
}

const steps = [
	step(0, 'map-a', 'map', 'region'),
	step(1, 'map-b', 'map', 'cuba'),
	step(2, 'text-a', null, null),
	step(3, 'gdp-a', 'gdp', 'baseline'),
	step(4, 'gdp-b', 'gdp', 'collapse'),
	step(5, 'gdp-c', 'gdp', 'rebound')
];

describe('the step-state model', () => {
	it('starts with no active step, every graphic in its final state', () => {
		const story = new StoryState(steps);
		expect(story.index).toBeNull();
		expect(story.shown).toBeNull();
		expect(story.stateOf('gdp')).toBe('rebound');
		expect(story.stateOf('map')).toBe('cuba');
	});

	it('gives each graphic its final state wherever the reader is, for print', () => {
		const story = new StoryState(steps);
		story.go('gdp-a');
		expect(story.stateOf('gdp')).toBe('baseline');
		expect(story.finalStateOf('gdp')).toBe('rebound');
		expect(story.finalStateOf('map')).toBe('cuba');
		expect(() => story.finalStateOf('election')).toThrow(/no step shows/);
	});

	it('activates steps by id and by position, clamping positions', () => {
		const story = new StoryState(steps);
		expect(story.go('gdp-b')).toBe(true);
		expect(story.step?.id).toBe('gdp-b');
		story.go(99);
		expect(story.index).toBe(5);
		story.go(-3);
		expect(story.index).toBe(0);
		story.next();
		expect(story.index).toBe(1);
		story.prev();
		story.prev();
		expect(story.index).toBe(0);
	});

	it('ignores unknown ids and impossible positions', () => {
		const story = new StoryState(steps);
		story.go('gdp-a');
		expect(story.go('nope')).toBe(false);
		expect(story.go(Number.NaN)).toBe(false);
		expect(story.step?.id).toBe('gdp-a');
	});

	it('derives what each graphic draws from the active step alone', () => {
		const story = new StoryState(steps);
		story.go('gdp-b');
		expect(story.shown).toEqual({ graphic: 'gdp', state: 'collapse', dimmed: false });
		expect(story.stateOf('map')).toBe('cuba'); // passed: left in its last state
		story.go('map-a');
		expect(story.stateOf('gdp')).toBe('baseline'); // not reached: its first state
		expect(story.stateOf('map')).toBe('region');
	});

	it('keeps the last graphic, dimmed, behind a text step', () => {
		const story = new StoryState(steps);
		story.go('text-a');
		expect(story.shown).toEqual({ graphic: 'map', state: 'cuba', dimmed: true });
	});

	it('lands in the same state however the step was reached', () => {
		const byScroll = new StoryState(steps);
		for (let i = 0; i <= 4; i++) byScroll.go(i);
		const byJump = new StoryState(steps);
		byJump.go('gdp-b');
		const byBack = new StoryState(steps);
		byBack.go(5);
		byBack.prev();
		for (const s of [byJump, byBack]) {
			expect(s.shown).toEqual(byScroll.shown);
			expect(s.stateOf('map')).toBe(byScroll.stateOf('map'));
		}
	});

	it('refuses an empty story', () => {
		expect(() => new StoryState([])).toThrow();
	});
});

describe('scenes', () => {
	it('groups text-only sections under the graphic before them', () => {
		const section = (id: string, s: Step[]): Section => ({ id, title: id, steps: s });
		const scenes = scenesOf([
			section('armada', steps.slice(0, 2)),
			section('life', [steps[2]!]),
			section('economy', steps.slice(3))
		]);
		expect(scenes.map((s) => [s.graphic, s.sections.map((x) => x.id)])).toEqual([
			['map', ['armada', 'life']],
			['gdp', ['economy']]
		]);
	});
});
