import { base } from '$app/paths';
import { editionParams, storyAt } from '$lib/story/stories';
import { storyPageData } from '$lib/page-data/story';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionParams;

export const load: PageServerLoad = ({ params, url }) =>
	storyPageData(storyAt(params.lang), url.origin + base);
