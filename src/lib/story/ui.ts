/** Interface words of the story page, per edition, built at build time. */
import { createFormat } from '$lib/data/format';
import type { Story } from './types';

/** Reading time in whole minutes at 200 words a minute, never less than one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / 200));
}

export function uiText(story: Pick<Story, 'locale' | 'asOf' | 'published' | 'updated' | 'sections'>) {
	const f = createFormat(story.locale);
	const words = story.sections.flatMap((s) => s.steps).reduce((sum, s) => sum + s.words, 0);
	const minutes = f.number(readingMinutes(words));
	const asOf = f.month(story.asOf.slice(0, 7));
	const en = {
		skip: 'Skip to the story',
		displaySettings: 'Display settings',
		otherLanguages: 'This story in other languages',
		darkTheme: 'Dark theme',
		motionOff: 'Motion off',
		asOf: `as of ${asOf}`,
		published: `Published ${f.date(story.published)}`,
		updated: `Updated ${f.date(story.updated)}`,
		readingTime: `${minutes} min read`,
		dataSummary: 'The numbers behind this chart',
		dataDownload: 'Download the data',
		quoteTo: 'to',
		sourcesTitle: 'Sources and method',
		sourcesListTitle: 'Sources',
		methodTitle: 'Method',
		correctionsTitle: 'Corrections',
		noCorrections: 'No corrections have been made to this story.',
		creditsTitle: 'Credits'
	};
	const es: typeof en = {
		skip: 'Ir a la historia',
		displaySettings: 'Opciones de visualización',
		otherLanguages: 'Esta historia en otros idiomas',
		darkTheme: 'Tema oscuro',
		motionOff: 'Sin animación',
		asOf: `a ${asOf}`,
		published: `Publicado el ${f.date(story.published)}`,
		updated: `Actualizado el ${f.date(story.updated)}`,
		readingTime: `${minutes} min de lectura`,
		dataSummary: 'Los datos de este gráfico',
		dataDownload: 'Descargar los datos',
		quoteTo: 'a',
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
