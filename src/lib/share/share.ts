/**
 * What each share image shows and says: one card for the story, one for each step, one for each
 * graphic (in the last state the story shows it), in each edition. Paths are from the site root,
 * before BASE_PATH.
 */
import { error } from '@sveltejs/kit';
import { cardOf, graphicTexts } from '$lib/graphics/build.server';
import { describe } from '$lib/graphics/common/describe';
import type { Locale } from '$lib/i18n/editions';
import type { GraphicId } from '$lib/graphics';
import type { Rich, Step, Story } from '$lib/story/types';
import { uiText } from '$lib/story/ui';
import { graphicCardSvg, wordsCardSvg } from './card';
import { editionPath } from '$lib/i18n/editions';

export const sharePath = (locale: Locale, stepId: string) => editionPath(locale, `s/${stepId}/`);
export const stepCardPath = (locale: Locale, stepId: string) => editionPath(locale, `s/${stepId}/card.png`);
export const graphicCardPath = (locale: Locale, graphic: GraphicId) =>
	editionPath(locale, `s/graphics/${graphic}/card.png`);
export const storyCardPath = (locale: Locale) => editionPath(locale, 's/card.png');

export interface ShareCard {
	svg: string;
	/** The image's text alternative (og:image:alt). */
	alt: string;
}

export function plainText(text: Rich): string {
	return text
		.map((s) => s.text)
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/** At most `max` characters, cut at a word and marked with an ellipsis. */
export function excerpt(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A graphic's generated text alternative for one state, when the graphic has its words yet. */
export function describeState(story: Story, graphic: GraphicId, state: string): string | undefined {
	return describe(graphicTexts(story.locale), graphic, state) ?? undefined;
}

/** The step an address names; a 404 for any other id. */
export function stepNamed(story: Story, id: string): Step {
	const step = story.steps.find((s) => s.id === id);
	if (!step) error(404, `No step "${id}" in this story`);
	return step;
}

export function sectionTitle(story: Story, step: Step): string {
	return story.sections.find((s) => s.id === step.sectionId)?.title ?? '';
}

export function stepCard(story: Story, step: Step): ShareCard {
	const section = sectionTitle(story, step);
	const described = step.graphic && step.state ? describeState(story, step.graphic, step.state) : undefined;
	if (step.graphic && step.state && described) {
		return {
			svg: graphicCardSvg(
				`${story.title} — ${section}`,
				cardOf(step.graphic)(step.state, graphicTexts(story.locale)[step.graphic]),
				uiText(story).asOfLine
			),
			alt: described
		};
	}
	const body = described ?? plainText(step.text);
	return {
		svg: wordsCardSvg({
			kicker: story.title,
			heading: section,
			headingSize: 52,
			body,
			footer: [story.credit, uiText(story).asOfLine]
		}),
		alt: `${story.title}: ${section}. ${body}`
	};
}

export function storyCard(story: Story): ShareCard {
	return {
		svg: wordsCardSvg({
			kicker: story.credit,
			heading: story.title,
			headingSize: 68,
			body: story.dek,
			footer: [uiText(story).editorsNoteShort]
		}),
		alt: `${story.title}. ${story.dek}`
	};
}
