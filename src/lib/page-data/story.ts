/**
 * Everything the story page shows that can be settled at build time: the parsed story, its
 * interface words and each graphic's words. It travels as page data, so none
 * of it (nor the formatting code behind it) weighs on the page's JavaScript.
 */
import { graphicTexts } from '$lib/graphics/build.server';
import { sourceIn, sources, type Citation, type SourceId } from '$lib/data/sources';
import { escapeXml } from '$lib/markup/escape';
import { otherEditions } from '$lib/i18n/editions';
import { headHtml, storyMeta } from '$lib/share/meta';
import { shareWords } from '$lib/share/words';
import type { Step, Story } from '$lib/story/types';
import { uiText, type UiText } from '$lib/story/ui';

/** Publisher (author; via the copy's host). Title (dataset), date. Note. Address. */
export function citationHtml(c: Citation, ui: Pick<UiText, 'sourceVia' | 'dataset'>, locale: string): string {
	const e = escapeXml;
	const lang = c.titleLang === locale ? '' : ` lang="${c.titleLang}"`;
	return (
		`<strong>${e(c.publisher)}</strong>` +
		(c.author ? `&nbsp;(${e(c.author)})` : '') +
		(c.via ? `&nbsp;(${e(ui.sourceVia)} ${e(c.via)})` : '') +
		`. <cite${lang}>${e(c.title)}</cite>` +
		(c.kind === 'dataset' ? `&nbsp;(${e(ui.dataset)})` : '') +
		`, ${e(c.date)}.` +
		(c.note ? ` ${e(c.note)}` : '') +
		(c.url
			? ` <a class="url" href="${e(c.url)}" target="_blank" rel="external noopener">${e(c.url)}</a>`
			: '')
	);
}

/** A step as readers get it: presenter notes are for the stage only (/present/ and its notes window). */
export function forReaders(step: Step): Step {
	const copy = { ...step };
	delete copy.presenterNote;
	return copy;
}

/** `root` is the site's absolute address (origin and base path), for the head metadata. */
export function storyPageData(story: Story, root: string) {
	// The sections hold the very step objects the flat list does, so the page data carries each once.
	const steps = story.steps.map(forReaders);
	const sections = story.sections.map((s) => ({ ...s, steps: steps.filter((t) => t.sectionId === s.id) }));
	return {
		story: { ...story, sections, steps },
		head: headHtml(storyMeta(story, root)),
		/** The story in the other languages, for the switch between editions. */
		editions: otherEditions(story.locale),
		ui: uiText(story),
		share: shareWords(story.locale),
		texts: graphicTexts(story.locale)
	};
}

/**
 * The source list's items, for the server to put in the page (hooks.server.ts): the list is
 * static markup, never hydrated, so it does not travel a second time as serialized page data.
 */
export function sourceListHtml(story: Story): string {
	const ui = uiText(story);
	return (Object.keys(sources) as SourceId[])
		.map((id) => `<li id="source-${id}">${citationHtml(sourceIn(id, story.locale), ui, story.locale)}</li>`)
		.join('');
}
