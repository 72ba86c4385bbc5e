import { describe, expect, it } from 'vitest';
import { queueWake } from './wake-queue';

/** Resolves once `check` holds, polling from the event loop rather than from a timer. */
async function until(check: () => boolean): Promise<void> {
	while (!check()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

describe('queueWake', () => {
	it('runs each piece of work in a task of its own, in the order queued, never at once', async () => {
		const done: string[] = [];
		queueWake(() => {
			done.push('map');
			// A microtask queued here runs before the next piece only if that piece is another task.
			queueMicrotask(() => done.push('after map'));
		});
		queueWake(() => done.push('tenure'));
		queueWake(() => done.push('gdp'));
		expect(done).toEqual([]);
		await until(() => done.length === 4);
		expect(done).toEqual(['map', 'after map', 'tenure', 'gdp']);
	});

	it('drops work cancelled before its turn, and starts again once the queue has drained', async () => {
		const done: string[] = [];
		queueWake(() => done.push('map'));
		const cancel = queueWake(() => done.push('tenure'));
		queueWake(() => done.push('gdp'));
		cancel();
		await until(() => done.length === 2);
		expect(done).toEqual(['map', 'gdp']);
		queueWake(() => done.push('next'));
		await until(() => done.length === 3);
		expect(done).toEqual(['map', 'gdp', 'next']);
	});
});
