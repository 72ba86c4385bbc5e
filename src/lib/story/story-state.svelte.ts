/**
 * The one step-state model. Every driver (scroll, URL hash, keys, a host page) writes the active
 * step through `go`; every graphic, counter and URL reads from it. What a graphic draws is a pure
 * function of the active step, so a reader arriving by link, key or scroll sees the same thing.
 */
import type { GraphicId, GraphicState } from '../graphics/index.js';
import { stepsShowing, type Step } from './types';

export interface Shown {
	graphic: GraphicId;
	state: GraphicState;
	/** True on a text step: the last graphic stays on screen, dimmed behind the words. */
	dimmed: boolean;
}

export class StoryState {
	/**
	 * The active step's position. Null until a driver sets it: the server render (and a reader
	 * without JavaScript) sees every graphic in its final state.
	 */
	index = $state<number | null>(null);
	step: Step | null;
	shown: Shown | null;

	/** Step positions by id; built once, never changed, so it needs no reactivity. */
	readonly #byId: Readonly<Record<string, number>>;

	constructor(readonly steps: readonly Step[]) {
		if (steps.length === 0) throw new Error('a story needs at least one step');
		this.step = $derived(this.index === null ? null : (this.steps[this.index] ?? null));
		this.shown = $derived(this.index === null ? null : this.#shownAt(this.index));
		this.#byId = Object.fromEntries(steps.map((s, i) => [s.id, i]));
	}

	/** The position of a step id, or -1 for an id the story does not have. */
	indexOf(id: string): number {
		return Object.hasOwn(this.#byId, id) ? this.#byId[id]! : -1;
	}

	/**
	 * Activates a step by id or position. Positions are clamped to the story; an unknown id
	 * changes nothing and returns false, so callers decide how to fall back.
	 */
	go(target: string | number): boolean {
		const index =
			typeof target === 'number'
				? Number.isFinite(target)
					? Math.min(this.steps.length - 1, Math.max(0, Math.trunc(target)))
					: -1
				: this.indexOf(target);
		if (index < 0) return false;
		this.index = index;
		return true;
	}

	next(): void {
		this.go((this.index ?? -1) + 1);
	}

	prev(): void {
		this.go((this.index ?? 1) - 1);
	}

	/**
	 * The state a given graphic draws now: the active step's when it shows that graphic; the
	 * state it was last left in when the reader has moved past it; its first state when the
	 * reader has not reached it yet; its final state before any step is active.
	 */
	stateOf(graphic: GraphicId): GraphicState {
		if (this.index === null) return this.finalStateOf(graphic);
		const withGraphic = this.#stepsShowing(graphic);
		const index = this.index;
		const reached = withGraphic.filter((s) => s.index <= index);
		return (reached[reached.length - 1] ?? withGraphic[0]!).state!;
	}

	/** The state a graphic ends in: what the server draws, and what paper shows whatever the reader did. */
	finalStateOf(graphic: GraphicId): GraphicState {
		const withGraphic = this.#stepsShowing(graphic);
		return withGraphic[withGraphic.length - 1]!.state!;
	}

	#stepsShowing(graphic: GraphicId): Step[] {
		const withGraphic = stepsShowing(this, graphic);
		if (withGraphic.length === 0) throw new Error(`no step shows the graphic "${graphic}"`);
		return withGraphic;
	}

	#shownAt(index: number): Shown | null {
		return shownAt(this.steps, index);
	}
}

/**
 * What step `index` shows: its own graphic and state, or on a text step the last graphic before
 * it, dimmed. A plain function, so the end-to-end tests check the page against this very rule.
 */
export function shownAt(steps: readonly Step[], index: number): Shown | null {
	for (let i = index; i >= 0; i--) {
		const step = steps[i]!;
		if (step.graphic) return { graphic: step.graphic, state: step.state!, dimmed: i !== index };
	}
	return null;
}
