/**
 * Work run one task at a time, in the order it was posted: start-up work split this way (the
 * islands' hydration, see `LazyHydrate.svelte`) leaves the browser free to answer the reader
 * between pieces, and keeps every task short. Each piece is posted as a message rather than a
 * timer: timers are clamped in background tabs and held by test clocks, and a message is the
 * shortest way back to the event loop.
 */
const queue: (() => void)[] = [];
/** Work that waits until `queue` is empty (see afterAllTasks). */
const last: (() => void)[] = [];
let channel: MessageChannel | null = null;
let posted = false;

function runNext(): void {
	posted = false;
	const work = queue.shift() ?? last.shift();
	// The next piece is posted first, so one that throws does not strand the rest.
	if (queue.length > 0 || last.length > 0) post();
	work?.();
}

function post(): void {
	if (posted) return;
	if (!channel) {
		channel = new MessageChannel();
		channel.port1.onmessage = runNext;
	}
	posted = true;
	channel.port2.postMessage(null);
}

/** Adds `work` to one of the two lists; the result takes it out again if it has not run. */
function add(list: (() => void)[], work: () => void): () => void {
	list.push(work);
	post();
	return () => {
		const at = list.indexOf(work);
		if (at >= 0) list.splice(at, 1);
	};
}

/** Runs `work` in a task of its own, after the work posted before it; the result cancels it. */
export function postTask(work: () => void): () => void {
	return add(queue, work);
}

/**
 * Runs `work` in a task of its own once every other posted task has run, tasks posted meanwhile
 * (by other tasks) included; the result cancels it.
 */
export function afterAllTasks(work: () => void): () => void {
	return add(last, work);
}
