/**
 * The base map as a static file, written once when the site is prerendered. The story's map
 * draws it with <image>, so its shapes never travel in the page's HTML, data or JavaScript.
 */
import { buildBaseMap } from '$lib/graphics/map/basemap.server';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = () =>
	new Response(buildBaseMap().svg, { headers: { 'content-type': 'image/svg+xml' } });
