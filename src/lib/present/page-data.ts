/** What the presenter's windows need, settled at build time like the story page's data. */
import { graphicTexts } from '$lib/graphics/build.server';
import { editionPath, otherEditions } from '$lib/i18n/editions';
import type { Story } from '$lib/story/types';
import { uiText } from '$lib/story/ui';
import { presenterText } from './text';
import { qrSvg, storyUrl } from './qr.server';

/** `root` is the site's address, ORIGIN followed by BASE_PATH. */
export function presenterPageData(story: Story, root: string) {
	const url = storyUrl(root, story.locale);
	return {
		title: story.title,
		/** This edition's presenter, from the site root. */
		path: editionPath(story.locale, 'present/'),
		/** The presenter in the other languages, for the switch between editions. */
		editions: otherEditions(story.locale, 'present/'),
		sections: story.sections,
		steps: story.steps,
		texts: graphicTexts(story.locale),
		quoteTo: uiText(story).quoteTo,
		/**
		 * The first stage's dated note, in its short form: the full note and the step's words do not fit
		 * beside the graphic at a size the room can read. The slides' title page carries it in full.
		 */
		editorsNote: {
			title: uiText(story).editorsNote,
			text: [{ kind: 'text' as const, text: uiText(story).editorsNoteShort }]
		},
		ui: presenterText(story.locale),
		/** The audience code on the first and last stages: the story's address, and its QR code. */
		audience: { url, code: qrSvg(url) }
	};
}
