import { editionParams, storyAt } from '$lib/story/stories';
import { presenterPageData } from '$lib/present/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionParams;

export const load: PageServerLoad = ({ params }) => presenterPageData(storyAt(params.lang));
