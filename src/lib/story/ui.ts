/** Interface words of the story page, per edition, built at build time. */
import { createFormat } from '$lib/data/format';
import { CAPTURE_DATE } from '$lib/data/timeframe';
import type { Story } from './types';

/** Reading time in whole minutes at 200 words a minute, never less than one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / 200));
}

export function uiText(story: Pick<Story, 'locale' | 'asOf' | 'published' | 'steps'>) {
	const f = createFormat(story.locale);
	const words = story.steps.reduce((sum, s) => sum + s.words, 0);
	const minutes = f.number(readingMinutes(words));
	const asOf = f.date(story.asOf);
	const published = f.date(story.published);
	const en = {
		/** Who made the explainer: its author and publisher in the JSON-LD. */
		desk: 'The graphics desk',
		skip: 'Skip to the story',
		displaySettings: 'Display settings',
		otherLanguages: 'This story in other languages',
		darkTheme: 'Dark theme',
		motionOff: 'Motion off',
		asOf: `as of ${asOf}`,
		editorsNote: `Editor’s note, ${published}`,
		/** What the piece describes, on every card, embed credit and description: the body's date, not the piece's. */
		asOfLine: `Describes events as of ${asOf}.`,
		/** The note in one line, where a channel has room for no more: share previews, the story's card. */
		editorsNoteShort: `Describes events as of ${asOf}. Editor’s note: U.S. forces captured Maduro on ${f.date(CAPTURE_DATE)}.`,
		published: `Published ${published}`,
		readingTime: `${minutes} min read`,
		dataSummary: 'The numbers behind this chart',
		dataDownload: 'Download the data',
		/** Quotes come from a report that passed through translation (facts.md F). */
		quoteTo: 'as quoted by',
		sourceVia: 'via',
		dataset: 'dataset',
		sourcesTitle: 'Sources and method',
		sourcesListTitle: 'Sources',
		methodTitle: 'Method',
		correctionsTitle: 'Corrections',
		noCorrections: 'No corrections have been made to this story.',
		creditsTitle: 'Credits'
	};
	const es: typeof en = {
		desk: 'El equipo de gráficos',
		skip: 'Ir a la historia',
		displaySettings: 'Opciones de visualización',
		otherLanguages: 'Esta historia en otros idiomas',
		darkTheme: 'Tema oscuro',
		motionOff: 'Sin animación',
		asOf: `al ${asOf}`,
		editorsNote: `Nota editorial, ${published}`,
		asOfLine: `Refleja la situación al ${asOf}.`,
		editorsNoteShort: `Refleja la situación al ${asOf}. Nota editorial: fuerzas de EE. UU. capturaron a Maduro el ${f.date(CAPTURE_DATE)}.`,
		published: `Publicado el ${published}`,
		readingTime: `${minutes} min de lectura`,
		dataSummary: 'Los datos de este gráfico',
		dataDownload: 'Descargar los datos',
		quoteTo: 'según la cita, traducida del inglés, de',
		sourceVia: 'vía',
		dataset: 'conjunto de datos',
		sourcesTitle: 'Fuentes y método',
		sourcesListTitle: 'Fuentes',
		methodTitle: 'Método',
		correctionsTitle: 'Correcciones',
		noCorrections: 'Esta historia no ha tenido correcciones.',
		creditsTitle: 'Créditos'
	};
	return story.locale === 'es' ? es : en;
}

export type UiText = ReturnType<typeof uiText>;
