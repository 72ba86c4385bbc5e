/** The share control's words, per edition, built at build time and handed over as page data. */
import type { Locale } from '$lib/i18n/editions';
import { editionPath } from '$lib/i18n/editions';

export function shareWords(locale: Locale) {
	const en = {
		button: 'Share',
		/** The control's accessible name: it begins with the visible word, as WCAG 2.5.3 asks. */
		label: 'Share a link to this step',
		copied: 'Link copied',
		copyFailed: 'Copy this link:',
		/** The share page's plain link, for readers it does not redirect. */
		open: 'Read this step in the story'
	};
	const es: typeof en = {
		button: 'Compartir',
		label: 'Compartir un enlace a este paso',
		copied: 'Enlace copiado',
		copyFailed: 'Copie este enlace:',
		open: 'Leer este paso en la historia'
	};
	/** Where this edition's share pages live, from the site root: `<prefix><step-id>/`. */
	const pagesPath = editionPath(locale, 's/');
	return { ...{ en, es }[locale], pagesPath };
}

export type ShareWords = ReturnType<typeof shareWords>;
