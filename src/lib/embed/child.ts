/**
 * The embedded page's side of the conversation with its host. It tells the parent its height
 * whenever that may have changed, and hands on the host's viewport, checked, to whoever drives
 * the page. It listens to its parent window only; everything else is dropped unread.
 */
import {
	childIdFrom,
	heightMessages,
	parseHostMessage,
	pymMessage,
	wpSecretFrom,
	type HostViewport
} from './messages';

export interface EmbedChildOptions {
	/** Names the embed in the Datawrapper dialect, which keys heights by chart id. */
	embedId: string;
	onViewport?: (viewport: HostViewport) => void;
}

export interface EmbedChild {
	/** A Svelte attachment: starts talking to the parent, and stops when the element goes. */
	attach: (element: HTMLElement) => () => void;
	/** Posts the height now, changed or not (a state change, a request from the host). */
	postHeight: () => void;
	/** Whether the host speaks WordPress's protocol, which caps a frame at 1000 px: the frame may scroll. */
	wordpress: () => boolean;
}

/** The page's own height; the root element is as tall as its content, not as the iframe. */
function pageHeight(): number {
	return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

export function embedChild({ embedId, onViewport }: EmbedChildOptions): EmbedChild {
	let post: (always: boolean) => void = () => {};
	let secret: string | null = null;

	function attach(): () => void {
		const parent = window.parent;
		// A page opened on its own has no one to tell.
		if (parent === window) return () => {};
		const childId = childIdFrom(location.search);
		secret = wpSecretFrom(location.hash);
		let posted = -1;
		post = (always) => {
			const height = pageHeight();
			if (!always && height === posted) return;
			posted = height;
			for (const message of heightMessages(height, embedId, childId, secret))
				parent.postMessage(message, '*');
		};

		const onMessage = (event: MessageEvent) => {
			if (event.source !== parent) return;
			const message = parseHostMessage(event.data, childId, secret);
			if (message?.kind === 'width') post(true);
			else if (message?.kind === 'viewport') onViewport?.(message.viewport);
		};
		const onResize = () => post(true);
		const onFonts = () => post(true);
		const stop = new AbortController();
		const { signal } = stop;
		window.addEventListener('message', onMessage, { signal });
		window.addEventListener('resize', onResize, { passive: true, signal });
		window.addEventListener('load', onResize, { once: true, signal });
		document.fonts.addEventListener('loadingdone', onFonts, { signal });
		void document.fonts.ready.then(() => {
			if (!signal.aborted) post(true);
		});
		const observer = new ResizeObserver(() => post(false));
		observer.observe(document.documentElement);

		post(true);
		// Under pym.js, ask for the host's viewport once; a tracking parent keeps sending it.
		if (childId) parent.postMessage(pymMessage(childId, 'parentPositionInfo', ''), '*');

		return () => {
			stop.abort();
			observer.disconnect();
			post = () => {};
		};
	}

	return { attach, postHeight: () => post(true), wordpress: () => secret !== null };
}
