/** Words of the embeds, per edition, built at build time and handed over as page data. */
import { createFormat, type Locale } from '$lib/data/format';

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
	return locale === 'es' ? es : en;
}

/** The snippet builder is a newsroom tool, in English. */
export const builderUi = {
	title: 'Embed this story',
	intro:
		'Pick a graphic or the whole story, a theme and a first step, then paste one of the codes below into your page.',
	graphic: 'What to embed',
	wholeStory: 'The whole story',
	theme: 'Theme',
	themes: { auto: 'Follow the reader’s setting', light: 'Light', dark: 'Dark', transparent: 'Transparent' },
	step: 'First step',
	firstStep: 'The first',
	codes: {
		loader: 'With our loader (recommended): sizes itself and keeps the story scrolling',
		pym: 'With pym.js, for pages that already use it',
		plain: 'A plain iframe of fixed height, where no script may run'
	},
	copy: 'Copy',
	copied: 'Copied',
	preview: 'Preview',
	phone: 'Phone',
	desktop: 'Desktop'
};
