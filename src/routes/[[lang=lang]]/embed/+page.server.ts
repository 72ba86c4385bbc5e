import { editionParams, storyAt } from '$lib/story/stories';
import { embedBuilderData } from '$lib/embed/page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = editionParams;

export const load: PageServerLoad = ({ params }) => embedBuilderData(storyAt(params.lang));
