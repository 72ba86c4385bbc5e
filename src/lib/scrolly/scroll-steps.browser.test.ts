import { afterEach, describe, expect, it } from 'vitest';
import { until } from '$lib/test/until';
import { postTask } from '$lib/hydration/task-queue';
import { scrollSteps } from './scroll-steps';

/** Records what listeners and observers come alive, and whether each is gone again. */
function watchResources() {
	const listeners: {
		target: EventTarget;
		type: string;
		signal?: AbortSignal;
		removed: boolean;
		listener: unknown;
	}[] = [];
	/** `rootMargin` is an intersection observer's, empty for a resize observer. */
	const observers: { disconnected: boolean; observing: number; rootMargin: string }[] = [];
	type Add = EventTarget['addEventListener'];
	type Remove = EventTarget['removeEventListener'];
	const recordAdd = (add: Add): Add =>
		function (this: EventTarget, type, listener, options) {
			const signal = typeof options === 'object' && options ? options.signal : undefined;
			listeners.push({ target: this, type, signal, removed: false, listener });
			return add.call(this, type, listener, options);
		};
	const recordRemove = (remove: Remove): Remove =>
		function (this: EventTarget, type, listener, options) {
			for (const l of listeners)
				if (l.target === this && l.type === type && l.listener === listener) l.removed = true;
			return remove.call(this, type, listener, options);
		};
	// Vitest's browser runner gives the window methods of its own, around the prototype's.
	const originals = [EventTarget.prototype, window].map((target) => ({
		target,
		add: target.addEventListener,
		remove: target.removeEventListener
	}));
	for (const { target, add, remove } of originals) {
		target.addEventListener = recordAdd(add);
		target.removeEventListener = recordRemove(remove);
	}
	const wrap = <T extends typeof IntersectionObserver | typeof ResizeObserver>(Original: T): T =>
		class extends (Original as typeof IntersectionObserver) {
			record = { disconnected: false, observing: 0, rootMargin: '' };
			constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
				super(...args);
				this.record.rootMargin = args[1]?.rootMargin ?? '';
				observers.push(this.record);
			}
			observe(target: Element) {
				this.record.observing += 1;
				super.observe(target);
			}
			disconnect() {
				this.record.disconnected = true;
				super.disconnect();
			}
		} as unknown as T;
	const OriginalIO = window.IntersectionObserver;
	const OriginalRO = window.ResizeObserver;
	window.IntersectionObserver = wrap(OriginalIO);
	window.ResizeObserver = wrap(OriginalRO);
	return {
		listeners,
		observers,
		restore() {
			for (const { target, add, remove } of originals) {
				target.addEventListener = add;
				target.removeEventListener = remove;
			}
			window.IntersectionObserver = OriginalIO;
			window.ResizeObserver = OriginalRO;
		}
	};
}

function makeSteps(count: number): HTMLElement[] {
	const container = document.createElement('div');
	container.innerHTML = Array.from(
		{ length: count },
		(_, i) => `<div class="step" style="height: 200px; margin-bottom: 120vh">step ${i}</div>`
	).join('');
	container.style.paddingTop = '120vh';
	document.body.append(container);
	return [...container.querySelectorAll<HTMLElement>('.step')];
}

/** A driver over three steps, the page scrolled to put step `index` on the line, and scrollend dispatched. */
function stopScrollingAt(index: number) {
	const steps = makeSteps(3);
	const entered: number[] = [];
	const stop = scrollSteps({ steps, offset: () => 0.5, onEnter: (_, i) => entered.push(i) });
	const rect = steps[index]!.getBoundingClientRect();
	window.scrollTo(0, window.scrollY + rect.top + rect.height / 2 - window.innerHeight / 2);
	window.dispatchEvent(new Event('scrollend'));
	return { entered, stop };
}

afterEach(() => {
	document.body.innerHTML = '';
	window.scrollTo(0, 0);
});

describe('the scroll driver', () => {
	it('leaves no listener or observer of its own behind when it is torn down', () => {
		const watch = watchResources();
		try {
			const stop = scrollSteps({ steps: makeSteps(4), offset: () => 0.5, onEnter: () => {} });
			// An intersection and a resize observer per step.
			expect(watch.observers.length).toBeGreaterThanOrEqual(8);
			stop();
			// scrollama's destroy() leaves the scroll listener its setup() adds to the document.
			const own = watch.listeners.filter((l) => !(l.target === document && l.type === 'scroll'));
			expect(own.length).toBeGreaterThan(0);
			for (const l of own)
				expect(l.removed || l.signal?.aborted, `${l.type} listener left behind`).toBe(true);
			for (const o of watch.observers) expect(o.disconnected || o.observing === 0).toBe(true);
		} finally {
			watch.restore();
		}
	});

	it('moves its trigger line on a resize, without setting scrollama up again', async () => {
		const watch = watchResources();
		try {
			const steps = makeSteps(3);
			let offset = 0.5;
			const entered: number[] = [];
			const stop = scrollSteps({ steps, offset: () => offset, onEnter: (_, i) => entered.push(i) });
			// Step 1 just below the middle line, and above a line at 90% of the viewport.
			const rect = steps[1]!.getBoundingClientRect();
			window.scrollTo(0, window.scrollY + rect.top - window.innerHeight * 0.7);
			offset = 0.9;
			window.dispatchEvent(new Event('resize'));
			await until(() => entered.includes(1));
			expect(entered).toEqual([1]);
			// scrollama's step observers now watch the new line: a margin of half a 200 px step less
			// the line's distance from the top.
			const live = watch.observers.filter((o) => !o.disconnected && o.rootMargin);
			expect(live.map((o) => parseFloat(o.rootMargin))).toEqual(
				steps.map(() => 100 - window.innerHeight * 0.9)
			);
			// One scrollama, set up once: one scroll listener on the document.
			expect(watch.listeners.filter((l) => l.target === document && l.type === 'scroll')).toHaveLength(1);
			stop();
		} finally {
			watch.restore();
		}
	});

	it('reports a step already on the trigger line as soon as it starts', () => {
		const steps = makeSteps(3);
		const rect = steps[1]!.getBoundingClientRect();
		window.scrollTo(0, window.scrollY + rect.top + rect.height / 2 - window.innerHeight / 2);
		const entered: number[] = [];
		const stop = scrollSteps({ steps, offset: () => 0.5, onEnter: (_, i) => entered.push(i) });
		expect(entered).toEqual([1]);
		stop();
	});

	it('does nothing for a story without steps', () => {
		expect(() => scrollSteps({ steps: [], offset: () => 0.5, onEnter: () => {} })()).not.toThrow();
	});

	it('settles the step when scrolling stops in a task of its own, not inside the scrollend dispatch', async () => {
		const { entered, stop } = stopScrollingAt(2);
		expect(entered).toEqual([]);
		await until(() => entered.includes(2));
		expect(entered).toContain(2);
		stop();
	});

	it('drops a pending settle when it is torn down', async () => {
		const { entered, stop } = stopScrollingAt(1);
		stop();
		// The queue runs in order: once work queued after the settle has run, its turn has passed.
		await new Promise<void>((resolve) => postTask(resolve));
		expect(entered).toEqual([]);
	});
});
