import { renderPng } from '$lib/share/card';
import { storyCard } from '$lib/share/share';
import { story } from '$lib/share/steps';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = () =>
	new Response(new Uint8Array(renderPng(storyCard(story).svg)), { headers: { 'content-type': 'image/png' } });
