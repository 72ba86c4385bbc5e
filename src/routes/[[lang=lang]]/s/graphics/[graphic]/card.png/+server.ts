import { error } from '@sveltejs/kit';
import { renderPng } from '$lib/share/card';
import { stepCard } from '$lib/share/share';
import { openingStep } from '$lib/story/types';
import { GRAPHIC_IDS, isGraphicId } from '$lib/graphics';
import { editionParams, storyAt } from '$lib/story/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** Every graphic the story shows, in the last state it shows it in, in every edition. */
export const entries: EntryGenerator = () =>
	editionParams().flatMap((edition) =>
		GRAPHIC_IDS.filter((g) => openingStep(storyAt(edition.lang), g)).map((graphic) => ({
			...edition,
			graphic
		}))
	);

export const GET: RequestHandler = ({ params }) => {
	const story = storyAt(params.lang);
	const step = isGraphicId(params.graphic) ? openingStep(story, params.graphic) : undefined;
	if (!step) error(404, `No graphic "${params.graphic}" in this story`);
	return new Response(new Uint8Array(renderPng(stepCard(story, step).svg)), {
		headers: { 'content-type': 'image/png' }
	});
};
