/** A story's steps by id, for the share routes' entries and lookups. */
import { error } from '@sveltejs/kit';
import type { Step, Story } from '$lib/story/types';

export function stepsIn(story: Story): Step[] {
	return story.sections.flatMap((s) => s.steps);
}

/** The step an address names; a 404 for any other id. */
export function stepNamed(story: Story, id: string): Step {
	const step = stepsIn(story).find((s) => s.id === id);
	if (!step) error(404, `No step "${id}" in this story`);
	return step;
}
