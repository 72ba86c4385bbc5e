/** Words of the embeds, per edition, built at build time and handed over as page data. */
import { createFormat } from '$lib/data/format';
import type { Locale } from '$lib/i18n/editions';

export function embedUi(locale: Locale) {
	const f = createFormat(locale);
	const en = {
		controls: 'Steps of this graphic',
		previous: 'Previous',
		next: 'Next',
		from: 'From the story',
		stepOf: (n: number, total: number) => `Step ${f.number(n)} of ${f.number(total)}`
	};
	const es: typeof en = {
		controls: 'Pasos de este gráfico',
		previous: 'Anterior',
		next: 'Siguiente',
		from: 'De la historia',
		stepOf: (n, total) => `Paso ${f.number(n)} de ${f.number(total)}`
	};
	return { en, es }[locale];
}

/** The snippet builder's words: a tool for newsrooms, in each edition's language. */
export function builderUi(locale: Locale) {
	const en = {
		title: 'Embed this story',
		intro:
			'Pick a graphic or the whole story, its language, a theme and a first step, then paste one of the codes below into your page.',
		graphic: 'What to embed',
		wholeStory: 'The whole story',
		language: 'Language',
		theme: 'Theme',
		themes: { auto: 'Follow the reader’s setting', light: 'Light', dark: 'Dark', transparent: 'Transparent' },
		step: 'First step',
		firstStep: 'The one its share image shows',
		/** Readers' names for the graphics and their steps, never their ids. */
		graphics: {
			map: 'Map: the U.S. build-up',
			tenure: 'Maduro’s years in power',
			gdp: 'The economy’s collapse',
			election: 'The 2024 election',
			next: 'What comes next',
			aftermath: 'Epilogue: after the capture'
		} as Record<string, string>,
		stepOf: 'Step {n} of {total}',
		codes: {
			loader: 'With our loader (recommended): sizes itself and keeps the story scrolling',
			pym: 'With pym.js, for pages that already use it',
			plain: 'A plain iframe of fixed height, where no script may run'
		},
		copy: 'Copy',
		copied: 'Copied',
		preview: 'Preview',
		phone: 'Phone',
		desktop: 'Desktop',
		otherLanguages: 'This page in other languages'
	};
	const es: typeof en = {
		title: 'Inserte esta historia',
		intro:
			'Elija un gráfico o la historia completa, su idioma, un tema y un primer paso, y pegue en su página uno de los códigos de abajo.',
		graphic: 'Qué insertar',
		wholeStory: 'La historia completa',
		language: 'Idioma',
		theme: 'Tema',
		themes: { auto: 'El que use cada lector', light: 'Claro', dark: 'Oscuro', transparent: 'Transparente' },
		step: 'Primer paso',
		firstStep: 'El que muestra su imagen para compartir',
		graphics: {
			map: 'Mapa: el despliegue de EE. UU.',
			tenure: 'Los años de Maduro en el poder',
			gdp: 'El colapso de la economía',
			election: 'La elección de 2024',
			next: 'Lo que viene',
			aftermath: 'Epílogo: tras la captura'
		},
		stepOf: 'Paso {n} de {total}',
		codes: {
			loader:
				'Con nuestro cargador (recomendado): ajusta su altura y mantiene el desplazamiento de la historia',
			pym: 'Con pym.js, para páginas que ya lo usan',
			plain: 'Un iframe simple de altura fija, donde no se permiten scripts'
		},
		copy: 'Copiar',
		copied: 'Copiado',
		preview: 'Vista previa',
		phone: 'Teléfono',
		desktop: 'Escritorio',
		otherLanguages: 'Esta página en otros idiomas'
	};
	return { en, es }[locale];
}

export type BuilderUi = ReturnType<typeof builderUi>;
