import { renderPng } from '$lib/graphics/common/card';
import { stepCard } from '$lib/share/share';
import { stepNamed, stepsIn } from '$lib/share/steps';
import { editionParams, storyAt } from '$lib/story/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	editionParams().flatMap((edition) =>
		stepsIn(storyAt(edition.lang)).map((s) => ({ ...edition, step: s.id }))
	);

export const GET: RequestHandler = ({ params }) => {
	const story = storyAt(params.lang);
	return new Response(new Uint8Array(renderPng(stepCard(story, stepNamed(story, params.step)).svg)), {
		headers: { 'content-type': 'image/png' }
	});
};
