import { renderPng } from '$lib/graphics/common/card';
import { storyCard } from '$lib/share/share';
import { editionParams, storyAt } from '$lib/story/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = editionParams;

export const GET: RequestHandler = ({ params }) =>
	new Response(new Uint8Array(renderPng(storyCard(storyAt(params.lang)).svg)), {
		headers: { 'content-type': 'image/png' }
	});
