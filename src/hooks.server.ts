import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { startAfterPaint } from '$lib/hydration/start-after-paint.server';

/** Each edition's pages declare their language; the Spanish edition lives under /es/. */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = path === '/es' || path.startsWith('/es/') ? 'es' : 'en';
	const { preload, transform } = startAfterPaint();
	return resolve(event, {
		preload,
		transformPageChunk: ({ html }) => transform(html.replace('%lang%', lang))
	});
};
