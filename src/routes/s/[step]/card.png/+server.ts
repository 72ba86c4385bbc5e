import { renderPng } from '$lib/share/card';
import { stepCard } from '$lib/share/share';
import { stepNamed, steps, story } from '$lib/share/steps';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => steps.map((s) => ({ step: s.id }));

export const GET: RequestHandler = ({ params }) =>
	new Response(new Uint8Array(renderPng(stepCard(story, stepNamed(params.step)).svg)), {
		headers: { 'content-type': 'image/png' }
	});
