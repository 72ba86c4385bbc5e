import { base } from '$app/paths';
import { hashForStep } from '$lib/scrolly/hash';
import { headHtml, stepMeta } from '$lib/share/meta';
import { stepNamed, steps, story } from '$lib/share/steps';
import { shareWords } from '$lib/share/words';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => steps.map((s) => ({ step: s.id }));

export const load: PageServerLoad = ({ params, url }) => {
	const step = stepNamed(params.step);
	const meta = stepMeta(story, step, url.origin + base);
	return {
		head: headHtml(meta),
		title: meta.title,
		description: meta.description,
		/** Where the reader is sent: the story, opened on this step. */
		target: `${base}/${hashForStep(step.id)}`,
		linkText: `${shareWords(story.locale).open}: ${story.title}`
	};
};
