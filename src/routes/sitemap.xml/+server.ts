import { base } from '$app/paths';
import { escapeXml } from '$lib/markup/escape';
import { alternates, EDITIONS } from '$lib/i18n/editions';
import { storyIn } from '$lib/story/stories';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** One entry per edition of the story, each dated by its own edition and listing every edition as its alternate. */
export const GET: RequestHandler = ({ url }) => {
	const root = url.origin + base;
	const links = alternates(root)
		.map((a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`)
		.join('');
	const entries = EDITIONS.map(
		(e) =>
			`<url><loc>${escapeXml(root + e.path)}</loc><lastmod>${storyIn(e.locale).published}</lastmod>${links}</url>`
	).join('\n');
	const xml =
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
		`${entries}\n</urlset>\n`;
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
