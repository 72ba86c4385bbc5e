/** Every graphic's words for one edition, built at build time from the data modules. */
import type { Locale } from '$lib/i18n/editions';
import { aftermathText } from './aftermath/text';
import { electionText } from './election/text';
import { mapText } from '$lib/map/text';
import { gdpText } from './gdp/text';
import { nextText } from './next/text';
import { tenureText } from './tenure/text';

function build(locale: Locale) {
	return {
		map: mapText(locale),
		tenure: tenureText(locale),
		gdp: gdpText(locale),
		election: electionText(locale),
		next: nextText(locale),
		aftermath: aftermathText(locale)
	};
}

export type GraphicTexts = ReturnType<typeof build>;

/** Built once per edition: every page and share card of a build reads the same words. */
const built = new Map<Locale, GraphicTexts>();

export function graphicTexts(locale: Locale): GraphicTexts {
	let texts = built.get(locale);
	if (!texts) built.set(locale, (texts = build(locale)));
	return texts;
}
