/**
 * What the embed pages receive, as the assemblers in src/lib/page-data/ build it at build time:
 * written out here, so the components read their data without importing the folder above them.
 */
import type { GraphicId } from '$lib/graphics';
import type { GraphicText } from '$lib/graphics/build.server';
import type { EditionLink, Locale } from '$lib/i18n/editions';
import type { Step } from '$lib/story/types';
import type { builderUi, embedUi } from './ui';

export interface EmbedGraphicData {
	graphic: GraphicId;
	/** The graphic's steps as a story of their own: positions restart at 0. */
	steps: Step[];
	/** The step it opens on without a `?step=`: the one its card shows. */
	opening: number;
	text: GraphicText;
	/** `path`: the edition's story, from the site root, for the credit link. */
	story: { title: string; credit: string; dateline: string; locale: Locale; path: string };
	/** The embed's words, its step labels written out: page data carries no functions. */
	ui: Omit<ReturnType<typeof embedUi>, 'stepOf'> & { steps: string[] };
	dataSummary: string;
	dataDownload: string;
}

/** Something to embed: a graphic or 'story', named in the story's language, with its steps. */
export interface EmbedChoice {
	id: string;
	label: string;
	steps: { id: string; label: string }[];
}

export interface EmbedBuilderData {
	title: string;
	/** The configured address (ORIGIN and BASE_PATH) the snippets point at. */
	site: string;
	pym: { src: string; integrity: string };
	ui: ReturnType<typeof builderUi>;
	/** The builder in the other languages, for the switch between editions. */
	editions: EditionLink[];
	/** The languages an embed comes in, the page's own first, with each choice's iframe title. */
	languages: { path: string; name: string; locale: Locale; frameTitles: Record<string, string> }[];
	choices: EmbedChoice[];
}
