import { base } from '$app/paths';
import { slidesPdf } from '$lib/present/pdf.server';
import { slideDeck } from '$lib/present/slides.server';
import { editionParams, storyAt } from '$lib/story/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = editionParams;

// During prerendering, url.origin is the configured ORIGIN.
export const GET: RequestHandler = async ({ params, url }) => {
	const story = storyAt(params.lang);
	const pdf = await slidesPdf(slideDeck(story, url.origin + base));
	return new Response(new Uint8Array(pdf), {
		headers: { 'content-type': 'application/pdf' }
	});
};
