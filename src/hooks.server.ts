import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/server/paint-first';

/** Each edition's pages declare their language; the Spanish edition lives under /es/. */
export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length);
	const lang = path === '/es' || path.startsWith('/es/') ? 'es' : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => paintFirst(html.replace('%lang%', lang)) });
};
