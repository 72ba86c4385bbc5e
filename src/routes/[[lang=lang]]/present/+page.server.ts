import { base } from '$app/paths';
import { editionParams, storyAt } from '$lib/story/stories';
import { presenterPageData } from '$lib/page-data/present';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionParams;

// During prerendering, url.origin is the configured ORIGIN.
export const load: PageServerLoad = ({ params, url }) =>
	presenterPageData(storyAt(params.lang), url.origin + base);
