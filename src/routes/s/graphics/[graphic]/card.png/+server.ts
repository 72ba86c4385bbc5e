import { error } from '@sveltejs/kit';
import { renderPng } from '$lib/share/card';
import { lastStepShowing, stepCard } from '$lib/share/share';
import { story } from '$lib/share/steps';
import { GRAPHIC_IDS, isGraphicId } from '$lib/story/graphics';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** Every graphic the story shows, in the last state it shows it in. */
export const entries: EntryGenerator = () =>
	GRAPHIC_IDS.filter((g) => lastStepShowing(story, g)).map((graphic) => ({ graphic }));

export const GET: RequestHandler = ({ params }) => {
	const step = isGraphicId(params.graphic) ? lastStepShowing(story, params.graphic) : undefined;
	if (!step) error(404, `No graphic "${params.graphic}" in this story`);
	return new Response(new Uint8Array(renderPng(stepCard(story, step).svg)), {
		headers: { 'content-type': 'image/png' }
	});
};
