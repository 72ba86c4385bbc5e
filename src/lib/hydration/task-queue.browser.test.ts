import { describe, expect, it } from 'vitest';
import { until } from '$lib/test/until';
import { afterAllTasks, postTask } from './task-queue';

describe('postTask', () => {
	it('runs each piece of work in a task of its own, in the order posted, never at once', async () => {
		const done: string[] = [];
		postTask(() => {
			done.push('map');
			// A microtask queued here runs before the next piece only if that piece is another task.
			queueMicrotask(() => done.push('after map'));
		});
		postTask(() => done.push('tenure'));
		postTask(() => done.push('gdp'));
		expect(done).toEqual([]);
		await until(() => done.length === 4);
		expect(done).toEqual(['map', 'after map', 'tenure', 'gdp']);
	});

	it('drops work cancelled before its turn, and starts again once the queue has drained', async () => {
		const done: string[] = [];
		postTask(() => done.push('map'));
		const cancel = postTask(() => done.push('tenure'));
		postTask(() => done.push('gdp'));
		cancel();
		await until(() => done.length === 2);
		expect(done).toEqual(['map', 'gdp']);
		postTask(() => done.push('next'));
		await until(() => done.length === 3);
		expect(done).toEqual(['map', 'gdp', 'next']);
	});
});

describe('afterAllTasks', () => {
	it('runs after every other task, those posted later and by other tasks included, and after earlier last work', async () => {
		const done: string[] = [];
		postTask(() => {
			done.push('story');
			postTask(() => done.push('steps, queued by the story'));
		});
		afterAllTasks(() => done.push('last'));
		postTask(() => done.push('map, queued after'));
		afterAllTasks(() => done.push('also last'));
		await until(() => done.includes('also last'));
		expect(done).toEqual(['story', 'map, queued after', 'steps, queued by the story', 'last', 'also last']);
	});

	it('runs in a task of its own when nothing else is queued, and never once cancelled', async () => {
		const done: string[] = [];
		afterAllTasks(() => done.push('last'));
		expect(done).toEqual([]);
		await until(() => done.length === 1);
		const cancel = afterAllTasks(() => done.push('cancelled'));
		postTask(() => done.push('map'));
		postTask(() => cancel());
		postTask(() => done.push('gdp'));
		await until(() => done.length === 3);
		// A marker queued behind everything shows the cancelled work had its chance and did not run.
		let settled = false;
		afterAllTasks(() => (settled = true));
		await until(() => settled);
		expect(done).toEqual(['last', 'map', 'gdp']);
	});
});
