import story from '$content/story.en.aml';
import { storyPageData } from '$lib/story/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => storyPageData(story);
