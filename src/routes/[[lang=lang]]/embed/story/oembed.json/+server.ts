import { base } from '$app/paths';
import { oembedFor } from '$lib/page-data/oembed.server';
import { editionParams, storyAt } from '$lib/story/stories';
import { json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = editionParams;

/** The whole story's oEmbed answer, written once per edition as a static file. */
export const GET: RequestHandler = ({ params, url }) =>
	json(oembedFor(storyAt(params.lang), 'story', url.origin + base));
