import { base } from '$app/paths';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** Crawlers read robots.txt only at a host's root: under a BASE_PATH, the host's own file applies. */
export const GET: RequestHandler = ({ url }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${url.origin}${base}/sitemap.xml\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
