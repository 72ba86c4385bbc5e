import story from '$content/story.en.aml';
import { presenterPageData } from '$lib/present/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => presenterPageData(story);
