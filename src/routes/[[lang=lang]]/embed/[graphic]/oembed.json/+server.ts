import { base } from '$app/paths';
import { embeddableGraphics } from '$lib/page-data/embed';
import { oembedFor } from '$lib/page-data/oembed.server';
import { editionParams, storyAt } from '$lib/story/stories';
import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	editionParams().flatMap((edition) =>
		embeddableGraphics(storyAt(edition.lang)).map((graphic) => ({ ...edition, graphic }))
	);

/** A graphic embed's oEmbed answer, written once per edition as a static file. */
export const GET: RequestHandler = ({ params, url }) => {
	const story = storyAt(params.lang);
	const graphic = embeddableGraphics(story).find((g) => g === params.graphic);
	if (!graphic) error(404, `There is no graphic "${params.graphic}" to embed.`);
	return json(oembedFor(story, graphic, url.origin + base));
};
