import story from '$content/story.en.aml';
import { base } from '$app/paths';
import { storyPageData } from '$lib/story/page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => storyPageData(story, url.origin + base);
