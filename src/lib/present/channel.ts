/**
 * The presenter's windows (the stage and the notes) keep in step over a BroadcastChannel.
 * Anything on the channel is untrusted: a message is used only if it has exactly the expected
 * shape and names a step the story has; everything else is dropped without a word.
 */

export type PresenterMessage =
	/** "I am showing this step now." */
	| { kind: 'go'; id: string }
	/** "I have just opened: tell me where we are." */
	| { kind: 'hello' };

/** Step ids are short; a longer string is not worth a lookup. */
const MAX_ID_LENGTH = 100;

function isPlainRecord(data: unknown): data is Record<string, unknown> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
	const proto: unknown = Object.getPrototypeOf(data);
	return proto === Object.prototype || proto === null;
}

function hasExactKeys(data: Record<string, unknown>, keys: readonly string[]): boolean {
	const own = Object.keys(data);
	return own.length === keys.length && keys.every((k) => Object.hasOwn(data, k));
}

export function parseMessage(data: unknown, isKnownStep: (id: string) => boolean): PresenterMessage | null {
	if (!isPlainRecord(data)) return null;
	if (data.kind === 'hello') return hasExactKeys(data, ['kind']) ? { kind: 'hello' } : null;
	if (data.kind !== 'go' || !hasExactKeys(data, ['kind', 'id'])) return null;
	const { id } = data;
	if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) return null;
	return isKnownStep(id) ? { kind: 'go', id } : null;
}

/**
 * One channel per deployed copy and edition (`scope` is the presenter's base path and edition),
 * so two copies of the site on one origin, or two languages, never steer each other.
 */
export function channelName(scope: string): string {
	return `maduro-presenter:${scope || '/'}`;
}

export interface StepSync {
	/** Tells the other windows the step shown here, unless it is the one they last said. */
	share(id: string): void;
	close(): void;
}

/**
 * Joins the channel: `onGo` runs for another window's step, and a window that says hello is
 * told the current step. Without BroadcastChannel (old browsers) the window simply runs alone.
 */
export function joinSteps(
	scope: string,
	isKnownStep: (id: string) => boolean,
	current: () => string | null,
	onGo: (id: string) => void
): StepSync {
	if (typeof BroadcastChannel === 'undefined') return { share: () => {}, close: () => {} };
	const channel = new BroadcastChannel(channelName(scope));
	// The step last sent or received: a step that arrived from another window is not echoed
	// back, which would make two windows moving quickly pull each other backwards. The step a
	// window opens on counts as said: a window joining a running presentation follows it
	// (its hello is answered) rather than pulling everyone back to where it opened.
	let lastShared: string | null = current();
	const post = (message: PresenterMessage) => channel.postMessage(message);
	channel.onmessage = (event: MessageEvent<unknown>) => {
		const message = parseMessage(event.data, isKnownStep);
		if (!message) return;
		if (message.kind === 'hello') {
			const id = current();
			if (id) post({ kind: 'go', id });
			return;
		}
		lastShared = message.id;
		onGo(message.id);
	};
	post({ kind: 'hello' });
	return {
		share(id) {
			if (id === lastShared) return;
			lastShared = id;
			post({ kind: 'go', id });
		},
		close: () => channel.close()
	};
}
