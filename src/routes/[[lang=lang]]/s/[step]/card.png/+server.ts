import { renderPng } from '$lib/share/card';
import { stepCard, stepNamed } from '$lib/share/share';
import { editionParams, storyAt } from '$lib/story/stories';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () =>
	editionParams().flatMap((edition) => storyAt(edition.lang).steps.map((s) => ({ ...edition, step: s.id })));

export const GET: RequestHandler = ({ params }) => {
	const story = storyAt(params.lang);
	return new Response(new Uint8Array(renderPng(stepCard(story, stepNamed(story, params.step)).svg)), {
		headers: { 'content-type': 'image/png' }
	});
};
