/**
 * The messages an embedded page and its host page exchange, and the checks that every incoming
 * message passes. Height goes out in four dialects (pym.js, AMP, Datawrapper and our own), so a
 * CMS that already speaks one of them sizes the iframe with no loader of ours. Incoming, only
 * the host's viewport (ours or pym.js's) and pym.js's width ping are understood; anything else,
 * or anything slightly off, reads as nothing.
 */

/** The `type` of the project's own messages, in both directions. */
export const MESSAGE_TYPE = 'maduro-embed';

/** The host's viewport, seen from the iframe: where its top edge sits and how big the viewport is. */
export interface HostViewport {
	/** The iframe's top edge in the host's viewport, in CSS pixels; negative once it scrolls past. */
	top: number;
	/** The host viewport's height and width, in CSS pixels. */
	height: number;
	width: number;
}

/** `width`: a host asks for our height again (pym.js's width ping, WordPress's `ready`). */
export type HostMessage = { kind: 'viewport'; viewport: HostViewport } | { kind: 'width' };

/** Bounds no real page exceeds: beyond them a number is an attack or a bug, not a layout. */
export const MAX_VIEWPORT = 20_000;
export const MAX_OFFSET = 10_000_000;
export const MAX_HEIGHT = 100_000;

/** pym.js's separator between id, message type and payload. */
const PYM = 'xPYMx';

/** pym.js ids are element ids the host picked; we only echo ones made of these characters. */
const CHILD_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The pym.js child id from the iframe URL's query, as pym.js puts it there; null when absent or odd. */
export function childIdFrom(search: string): string | null {
	const id = new URLSearchParams(search).get('childId');
	return id !== null && CHILD_ID.test(id) ? id : null;
}

/**
 * WordPress frames an embed it found by oEmbed with `#?secret=<10 letters and digits>` on its
 * URL and the same secret on the iframe, and sizes the iframe that sends
 * `{message: 'height', value, secret}` (clamped to 200–1000 px). We take a secret of letters and
 * digits only; anything else and the page speaks no WordPress at all.
 */
const WP_SECRET = /^#\?secret=([A-Za-z0-9]{1,64})$/;

/** The WordPress secret from the URL's hash, or null when absent or odd. */
export function wpSecretFrom(hash: string): string | null {
	return WP_SECRET.exec(hash)?.[1] ?? null;
}

function isViewportSize(n: unknown): n is number {
	return typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= MAX_VIEWPORT;
}

function isOffset(n: unknown): n is number {
	return typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_OFFSET;
}

function viewportOf(top: unknown, height: unknown, width: unknown): HostViewport | null {
	return isOffset(top) && isViewportSize(height) && isViewportSize(width) ? { top, height, width } : null;
}

/** A plain object with exactly these keys, nothing inherited or extra. */
function hasExactly(data: unknown, keys: readonly string[]): data is Record<string, unknown> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
	if (Object.getPrototypeOf(data) !== Object.prototype) return false;
	const own = Object.keys(data);
	return own.length === keys.length && keys.every((k) => Object.hasOwn(data, k));
}

/** A decimal number as pym.js writes one (`String(number)`), nothing else. */
const PYM_NUMBER = /^-?\d{1,9}(\.\d{1,20})?$/;

function parsePym(data: string, childId: string): HostMessage | null {
	const prefix = `pymxPYMx${childId}${PYM}`;
	if (!data.startsWith(prefix)) return null;
	const rest = data.slice(prefix.length);
	const cut = rest.indexOf(PYM);
	if (cut < 0) return null;
	const type = rest.slice(0, cut);
	const payload = rest.slice(cut + PYM.length);
	if (type === 'width') return PYM_NUMBER.test(payload) ? { kind: 'width' } : null;
	if (type !== 'viewport-iframe-position') return null;
	// "viewportWidth viewportHeight iframeTop iframeLeft iframeBottom iframeRight"
	const parts = payload.split(' ');
	if (parts.length !== 6 || !parts.every((p) => PYM_NUMBER.test(p))) return null;
	const [width, height, top] = parts.map(Number);
	const viewport = viewportOf(top, height, width);
	return viewport ? { kind: 'viewport', viewport } : null;
}

const OWN_VIEWPORT_KEYS = ['type', 'kind', 'top', 'height', 'width'] as const;
const WP_READY_KEYS = ['message', 'secret'] as const;

/**
 * Reads a message's data as something the host may tell us, or null. It never throws and never
 * returns anything but the numbers it checked: no string from a message leaves this function.
 * `childId` is our pym.js id, `secret` our WordPress secret; without one, that dialect is not for us.
 */
export function parseHostMessage(
	data: unknown,
	childId: string | null,
	secret: string | null = null
): HostMessage | null {
	if (typeof data === 'string') return childId && data.length <= 512 ? parsePym(data, childId) : null;
	// WordPress's `ready`, with our own secret: it wants our height again.
	if (hasExactly(data, WP_READY_KEYS))
		return secret !== null && data.message === 'ready' && data.secret === secret ? { kind: 'width' } : null;
	if (!hasExactly(data, OWN_VIEWPORT_KEYS)) return null;
	if (data.type !== MESSAGE_TYPE || data.kind !== 'viewport') return null;
	const viewport = viewportOf(data.top, data.height, data.width);
	return viewport ? { kind: 'viewport', viewport } : null;
}

/** The page's height, in every dialect a host may understand; WordPress's only with a secret. */
export function heightMessages(
	height: number,
	embedId: string,
	childId: string | null,
	secret: string | null = null
): (string | object)[] {
	const px = Math.ceil(Math.min(MAX_HEIGHT, Math.max(0, height)));
	const messages: (string | object)[] = [
		// Our own: the one the project's loader reads.
		{ type: MESSAGE_TYPE, kind: 'height', height: px },
		{ sentinel: 'amp', type: 'embed-size', height: px },
		{ 'datawrapper-height': { [embedId]: px } }
	];
	if (childId) messages.push(pymMessage(childId, 'height', String(px)));
	if (secret !== null) messages.push({ message: 'height', value: px, secret });
	return messages;
}

export function pymMessage(childId: string, type: string, payload: string): string {
	return ['pymxPYMx' + childId, type, payload].join(PYM);
}
