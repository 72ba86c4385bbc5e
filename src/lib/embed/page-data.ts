/**
 * Build-time data for the embed pages: which graphics can be embedded, and everything one embed
 * shows. Like the story page, words travel as page data rather than as client code.
 */
import { graphicTexts } from '$lib/graphics/build.server';
import { EDITIONS, editionPath, otherEditions } from '$lib/i18n/editions';
import { GRAPHIC_IDS, type GraphicId } from '$lib/graphics';
import { forReaders } from '$lib/story/page-data';
import { storyIn } from '$lib/story/stories';
import { uiText } from '$lib/story/ui';
import { openingStep, stepsShowing, type Step, type Story } from '$lib/story/types';
import { PYM_PATH, pymIntegrity } from './pym.server';
import { builderUi, embedUi } from './ui';

/** Graphics shown by at least one step, in story order. */
export function embeddableGraphics(story: Story): GraphicId[] {
	return GRAPHIC_IDS.filter((id) => stepsShowing(story, id).length > 0);
}

/** A graphic's steps as a story of their own: positions restart at 0 for the embed's model. */
export function stepsOf(story: Story, graphic: GraphicId): Step[] {
	return stepsShowing(story, graphic).map((s, index) => ({ ...forReaders(s), index }));
}

export function embedGraphicData(story: Story, graphic: GraphicId) {
	const steps = stepsOf(story, graphic);
	return {
		graphic,
		steps,
		/** The step it opens on without a `?step=`: the one its card shows. */
		opening: steps.findIndex((s) => s.id === openingStep(story, graphic)?.id),
		text: graphicTexts(story.locale)[graphic],
		/** `path`: the edition's story, from the site root, for the credit link. */
		story: {
			title: story.title,
			credit: story.credit,
			/** A graphic on its own carries the story's date and what came after, as the story's header does. */
			dateline: uiText(story).editorsNoteShort,
			locale: story.locale,
			path: editionPath(story.locale)
		},
		ui: embedUiData(story.locale, stepsOf(story, graphic).length),
		dataSummary: uiText(story).dataSummary,
		dataDownload: uiText(story).dataDownload
	};
}

/** The embed's words, with its step labels written out: page data carries no functions. */
function embedUiData(locale: Story['locale'], steps: number) {
	const { stepOf, ...words } = embedUi(locale);
	return { ...words, steps: Array.from({ length: steps }, (_, i) => stepOf(i + 1, steps)) };
}

export type EmbedGraphicData = ReturnType<typeof embedGraphicData>;

/** Every embeddable graphic and the whole story, named in the story's language. */
function embedChoices(story: Story) {
	const texts = graphicTexts(story.locale);
	return [
		{ id: 'story', label: builderUi(story.locale).wholeStory, steps: [] as { id: string; label: string }[] },
		...embeddableGraphics(story).map((graphic) => {
			const text = texts[graphic];
			return {
				id: graphic as string,
				// A graphic titled per state (the election) or not at all (the map) goes by its id.
				label: 'title' in text && typeof text.title === 'string' ? text.title : graphic,
				steps: stepsOf(story, graphic).map((s) => ({ id: s.id, label: `${s.state}: ${s.id}` }))
			};
		})
	];
}

/**
 * The iframe's title for an embed (a graphic id or 'story'), in the story's language: what a screen
 * reader announces on the publisher's page, in the builder's codes and the oEmbed answer alike.
 */
export function frameTitle(story: Story, target: string): string {
	const choice = embedChoices(story).find((c) => c.id === target);
	return choice ? `${choice.label}: ${story.title}` : story.title;
}

/**
 * What the snippet builder offers: every embeddable graphic and the whole story, with their steps, in
 * every language. `site` is the configured address (ORIGIN and BASE_PATH) the snippets point at,
 * whatever address the builder is opened at (a preview host, a redirect).
 */
export function embedBuilderData(story: Story, site: string) {
	return {
		title: story.title,
		site,
		pym: { src: `${site}${PYM_PATH}`, integrity: pymIntegrity },
		ui: builderUi(story.locale),
		/** The builder in the other languages, for the switch between editions. */
		editions: otherEditions(story.locale, 'embed/'),
		/**
		 * The languages an embed comes in, this page's own first, each with the iframe title of every
		 * choice in that language (what a screen reader announces on the publisher's page).
		 */
		languages: [...EDITIONS]
			.sort((a, b) => Number(b.locale === story.locale) - Number(a.locale === story.locale))
			.map((e) => {
				const edition = storyIn(e.locale);
				const frameTitles = Object.fromEntries(
					embedChoices(edition).map((c) => [c.id, frameTitle(edition, c.id)])
				);
				return { path: e.path, name: e.name, locale: e.locale, frameTitles };
			}),
		choices: embedChoices(story)
	};
}
