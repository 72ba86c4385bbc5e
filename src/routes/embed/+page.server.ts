import story from '$content/story.en.aml';
import { embedBuilderData } from '$lib/embed/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => embedBuilderData(story);
