/**
 * Build-time data for the embed pages: which graphics can be embedded, and everything one embed
 * shows. Like the story page, words travel as page data rather than as client code.
 */
import { graphics } from '$lib/charts/registry';
import { graphicTexts, type GraphicTexts } from '$lib/charts/texts';
import { GRAPHIC_IDS, type GraphicId } from '$lib/story/graphics';
import { uiText } from '$lib/story/ui';
import type { Step, Story } from '$lib/story/types';
import { builderUi, embedUi } from './ui';

/** Graphics that are drawn (registered) and shown by at least one step, in story order. */
export function embeddableGraphics(story: Story): GraphicId[] {
	const shown = new Set(story.sections.flatMap((s) => s.steps).map((s) => s.graphic));
	return GRAPHIC_IDS.filter((id) => graphics[id] && shown.has(id));
}

/** A graphic's steps as a story of their own: positions restart at 0 for the embed's model. */
export function stepsOf(story: Story, graphic: GraphicId): Step[] {
	return story.sections
		.flatMap((s) => s.steps)
		.filter((s) => s.graphic === graphic)
		.map((s, index) => ({ ...s, index }));
}

function textOf(texts: GraphicTexts, graphic: GraphicId): unknown {
	return Object.hasOwn(texts, graphic) ? texts[graphic as keyof GraphicTexts] : null;
}

export function embedGraphicData(story: Story, graphic: GraphicId) {
	return {
		graphic,
		steps: stepsOf(story, graphic),
		text: textOf(graphicTexts(story.locale), graphic),
		story: { title: story.title, credit: story.credit, locale: story.locale },
		ui: embedUiData(story.locale, stepsOf(story, graphic).length),
		dataSummary: uiText(story).dataSummary
	};
}

/** The embed's words, with its step labels written out: page data carries no functions. */
function embedUiData(locale: Story['locale'], steps: number) {
	const { stepOf, ...words } = embedUi(locale);
	return { ...words, steps: Array.from({ length: steps }, (_, i) => stepOf(i + 1, steps)) };
}

export type EmbedGraphicData = ReturnType<typeof embedGraphicData>;

/** What the snippet builder offers: every embeddable graphic and the whole story, with their steps. */
export function embedBuilderData(story: Story) {
	const texts = graphicTexts(story.locale);
	return {
		title: story.title,
		choices: [
			{ id: 'story', label: builderUi.wholeStory, steps: [] as { id: string; label: string }[] },
			...embeddableGraphics(story).map((graphic) => {
				const text = textOf(texts, graphic) as { title?: unknown } | null;
				return {
					id: graphic as string,
					label: typeof text?.title === 'string' ? text.title : graphic,
					steps: stepsOf(story, graphic).map((s) => ({ id: s.id, label: `${s.state}: ${s.id}` }))
				};
			})
		]
	};
}
