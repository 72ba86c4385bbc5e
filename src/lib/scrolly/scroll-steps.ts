/**
 * scrollama wired to the story's step cards, set up once for the page's life: a resize moves its
 * trigger line with its own `offset()`. Its `destroy()` disconnects its observers but leaves the
 * one scroll listener `setup()` adds to `document`, which only records the scroll's direction.
 */
import scrollama from 'scrollama';
import { postTask } from '$lib/hydration/task-queue';
import { stepAtLine } from './trigger';

export interface ScrollStepsOptions {
	/** The step elements, in story order. */
	steps: readonly HTMLElement[];
	/** Where the trigger line sits now, as a fraction of the viewport height from its top. */
	offset: () => number;
	onEnter: (element: HTMLElement, index: number) => void;
}

/**
 * scrollama's own types only admit offsets in tenths, where its runtime takes any fraction, and
 * leave out its `offset()`.
 */
interface Scroller extends Omit<scrollama.ScrollamaInstance, 'setup'> {
	setup(options: Omit<scrollama.ScrollamaOptions, 'offset'> & { offset: number }): Scroller;
	offset(value: number): Scroller;
}

export function scrollSteps({ steps, offset, onEnter }: ScrollStepsOptions): () => void {
	if (steps.length === 0) return () => {};
	const listening = new AbortController();
	const scroller = scrollama() as unknown as Scroller;
	scroller.setup({ step: [...steps], offset: offset() });
	scroller.onStepEnter(({ element, index }) => onEnter(element, index));
	// The observers report asynchronously, and not at all for a step already on the line when
	// they start (a reload mid-story, a moved line), nor for steps a fast fling jumps over. So when
	// scrolling stops, the geometry settles it: the active step is the last one whose top has
	// passed the line. Above the first step and below the last one's end (the reader is in the
	// header or the sources), nothing changes.
	const settle = () => {
		const line = window.innerHeight * offset();
		const tops = steps.map((step) => step.getBoundingClientRect().top);
		const reached = stepAtLine(tops, line);
		if (reached < 0) return;
		const step = steps[reached]!;
		if (reached < steps.length - 1 || step.getBoundingClientRect().bottom >= line) onEnter(step, reached);
	};
	settle();
	// Later, in a task of its own: the browser dispatches scrollend (and resize) inside a frame's
	// rendering work, and a step change there would join that frame's layout in one long task.
	let cancelSettle = (): void => {};
	const settleSoon = () => {
		cancelSettle();
		cancelSettle = postTask(settle);
	};
	const listen = { passive: true, signal: listening.signal };
	window.addEventListener('scrollend', settleSoon, listen);
	// scrollama measures the trigger line in pixels: when the viewport's height changes (a phone's
	// address bar) or its width moves the line, measure again.
	let height = window.innerHeight;
	let line = offset();
	window.addEventListener(
		'resize',
		() => {
			if (window.innerHeight === height && offset() === line) return;
			height = window.innerHeight;
			line = offset();
			scroller.offset(line);
			settleSoon();
		},
		listen
	);
	return () => {
		cancelSettle();
		scroller.destroy();
		listening.abort();
	};
}
