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
	const observers: { disconnected: boolean; observing: number }[] = [];
	const add = EventTarget.prototype.addEventListener;
	const remove = EventTarget.prototype.removeEventListener;
	EventTarget.prototype.addEventListener = function (type: string, listener: unknown, options?: unknown) {
		const signal =
			typeof options === 'object' && options ? (options as AddEventListenerOptions).signal : undefined;
		listeners.push({ target: this, type, signal, removed: false, listener });
		return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
	};
	EventTarget.prototype.removeEventListener = function (type: string, listener: unknown, options?: unknown) {
		for (const l of listeners)
			if (l.target === this && l.type === type && l.listener === listener) l.removed = true;
		return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
	};
	const wrap = <T extends typeof IntersectionObserver | typeof ResizeObserver>(Original: T): T =>
		class extends (Original as typeof IntersectionObserver) {
			record = { disconnected: false, observing: 0 };
			constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
				super(...args);
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
			EventTarget.prototype.addEventListener = add;
			EventTarget.prototype.removeEventListener = remove;
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
	const stop = scrollSteps({ steps, offset: 0.5, onEnter: (_, i) => entered.push(i) });
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
	it('leaves no listener or observer behind when it is torn down', () => {
		const watch = watchResources();
		try {
			const stop = scrollSteps({ steps: makeSteps(4), offset: 0.5, onEnter: () => {} });
			// scrollama's own scroll listener, and an intersection and a resize observer per step.
			expect(watch.listeners.some((l) => l.target === document && l.type === 'scroll')).toBe(true);
			expect(watch.observers.length).toBeGreaterThanOrEqual(8);
			stop();
			for (const l of watch.listeners)
				expect(l.removed || l.signal?.aborted, `${l.type} listener left behind`).toBe(true);
			for (const o of watch.observers) expect(o.disconnected || o.observing === 0).toBe(true);
		} finally {
			watch.restore();
		}
	});

	it('accumulates nothing when mounted and unmounted again and again', () => {
		const watch = watchResources();
		try {
			const steps = makeSteps(3);
			for (let i = 0; i < 5; i++) scrollSteps({ steps, offset: 0.5, onEnter: () => {} })();
			const scrollListeners = watch.listeners.filter((l) => l.target === document && l.type === 'scroll');
			expect(scrollListeners).toHaveLength(5);
			expect(
				scrollListeners.every((l) => l.removed),
				"scrollama's destroy() left its scroll listener: patches/scrollama+3.2.0.patch no longer applies"
			).toBe(true);
			expect(watch.observers.every((o) => o.disconnected || o.observing === 0)).toBe(true);
		} finally {
			watch.restore();
		}
	});

	it('reports a step already on the trigger line as soon as it starts', () => {
		const steps = makeSteps(3);
		const rect = steps[1]!.getBoundingClientRect();
		window.scrollTo(0, window.scrollY + rect.top + rect.height / 2 - window.innerHeight / 2);
		const entered: number[] = [];
		const stop = scrollSteps({ steps, offset: 0.5, onEnter: (_, i) => entered.push(i) });
		expect(entered).toEqual([1]);
		stop();
	});

	it('does nothing for a story without steps', () => {
		expect(() => scrollSteps({ steps: [], offset: 0.5, onEnter: () => {} })()).not.toThrow();
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
