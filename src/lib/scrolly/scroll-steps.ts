/**
 * scrollama wired to the story's step cards. scrollama's `destroy()` disconnects its observers and,
 * with patches/scrollama+3.2.0.patch, removes the scroll listener its `setup()` adds.
 */
import scrollama from 'scrollama';
import { postTask } from '$lib/hydration/task-queue';
import { stepAtLine } from './trigger';

export interface ScrollStepsOptions {
	/** The step elements, in story order. */
	steps: readonly HTMLElement[];
	/** Where the trigger line sits, as a fraction of the viewport height from its top. */
	offset: number;
	onEnter: (element: HTMLElement, index: number) => void;
}

/** scrollama's own types only admit offsets in tenths; its runtime takes any fraction. */
type SetupOptions = Omit<Parameters<scrollama.ScrollamaInstance['setup']>[0], 'offset'> & { offset: number };

export function scrollSteps({ steps, offset, onEnter }: ScrollStepsOptions): () => void {
	if (steps.length === 0) return () => {};
	const listening = new AbortController();
	const scroller = scrollama();
	(scroller.setup as (o: SetupOptions) => scrollama.ScrollamaInstance)({ step: [...steps], offset });
	scroller.onStepEnter(({ element, index }) => onEnter(element, index));
	// The observers report asynchronously, and not at all for a step already on the line when
	// they start (a re-setup after a width change, a reload mid-story), nor for steps a fast
	// fling jumps over. So when scrolling stops, the geometry settles it: the active step is the
	// last one whose top has passed the line. Above the first step and below the last one's end
	// (the reader is in the header or the sources), nothing changes.
	const settle = () => {
		const line = window.innerHeight * offset;
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
	// scrollama measures the trigger line in pixels: when a phone's address bar changes the
	// viewport's height, measure again.
	let height = window.innerHeight;
	window.addEventListener(
		'resize',
		() => {
			if (window.innerHeight === height) return;
			height = window.innerHeight;
			scroller.resize();
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
