import { base } from '$app/paths';
import { hashForStep } from '$lib/story/hash';
import { editionPath } from '$lib/i18n/editions';
import { headHtml, stepMeta } from '$lib/share/meta';
import { stepNamed } from '$lib/share/share';
import { shareWords } from '$lib/share/words';
import { editionParams, storyAt } from '$lib/story/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	editionParams().flatMap((edition) => storyAt(edition.lang).steps.map((s) => ({ ...edition, step: s.id })));

export const load: PageServerLoad = ({ params, url }) => {
	const story = storyAt(params.lang);
	const step = stepNamed(story, params.step);
	const meta = stepMeta(story, step, url.origin + base);
	return {
		head: headHtml(meta),
		title: meta.title,
		description: meta.description,
		/** Where the reader is sent: the story, opened on this step. */
		target: `${base}${editionPath(story.locale)}${hashForStep(step.id)}`,
		linkText: `${shareWords(story.locale).open}: ${story.title}`
	};
};
