/**
 * The check that every edition tells the same story as the reference (the first in EDITIONS): the
 * same sections and steps, in the same order, drawing the same graphic states. Run by the story
 * files' Vite plugin (tooling/story-files.ts), so a drifting translation fails the build at the
 * line of the step that differs. Relative imports only: vite.config.ts loads this.
 */
import { REFERENCE_LOCALE } from '../i18n/editions.js';
import { scanLines } from './lines.js';
import type { StoryProblem } from './parse.js';
import type { Story } from './types.js';

export function editionProblems(
	reference: Story,
	edition: Story,
	file: string,
	text: string
): StoryProblem[] {
	const problems: StoryProblem[] = [];
	const lines = scanLines(text);
	const stepLines = (lines.arrays.sections ?? []).flatMap((s) => s.arrays.steps ?? []);
	const ref = reference.steps;
	const ed = edition.steps;
	const at = (i: number) => stepLines[i]?.keys.id ?? stepLines[i]?.line ?? 1;

	const sectionsRef = reference.sections.map((s) => s.id).join(', ');
	const sectionsEd = edition.sections.map((s) => s.id).join(', ');
	if (sectionsRef !== sectionsEd) {
		problems.push({
			file,
			line: 1,
			reason: `sections differ from the ${REFERENCE_LOCALE} edition: [${sectionsEd}] against [${sectionsRef}]`
		});
	}
	const count = Math.max(ref.length, ed.length);
	for (let i = 0; i < count; i++) {
		const r = ref[i];
		const e = ed[i];
		if (!r) {
			problems.push({
				file,
				line: at(i),
				reason: `step "${e!.id}" is not in the ${REFERENCE_LOCALE} edition`
			});
		} else if (!e) {
			problems.push({
				file,
				line: at(ed.length - 1),
				reason: `step "${r.id}" of the ${REFERENCE_LOCALE} edition is missing here`
			});
		} else if (r.id !== e.id) {
			problems.push({
				file,
				line: at(i),
				reason: `step ${i + 1} is "${e.id}" here but "${r.id}" in the ${REFERENCE_LOCALE} edition`
			});
		} else if (r.graphic !== e.graphic || r.state !== e.state) {
			const show = (s: typeof r) => (s.graphic ? `${s.graphic}/${s.state}` : 'no graphic');
			problems.push({
				file,
				line: at(i),
				reason: `step "${e.id}" shows ${show(e)} here but ${show(r)} in the ${REFERENCE_LOCALE} edition`
			});
		}
	}
	return problems;
}
