/** Every graphic's words for one edition, built at build time from the data modules. */
import type { Locale } from '$lib/data/format';
import { electionText } from './election/text';
import { mapText } from '$lib/map/text';
import { gdpText } from './gdp/text';
import { nextText } from './next/text';
import { tenureText } from './tenure/text';

export function graphicTexts(locale: Locale) {
	return {
		map: mapText(locale),
		tenure: tenureText(locale),
		gdp: gdpText(locale),
		election: electionText(locale),
		next: nextText(locale)
	};
}

export type GraphicTexts = ReturnType<typeof graphicTexts>;
