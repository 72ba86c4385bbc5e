/** The English story's steps by id, for the share routes' entries and lookups. */
import story from '$content/story.en.aml';
import { error } from '@sveltejs/kit';
import type { Step } from '$lib/story/types';

export { story };

export const steps: readonly Step[] = story.sections.flatMap((s) => s.steps);

/** The step an address names; a 404 for any other id. */
export function stepNamed(id: string): Step {
	const step = steps.find((s) => s.id === id);
	if (!step) error(404, `No step "${id}" in this story`);
	return step;
}
