/** Every graphic's words for one edition, built at build time from the data modules. */
import type { Locale } from '$lib/data/format';
import { gdpText } from './gdp/text';

export function graphicTexts(locale: Locale) {
	return { gdp: gdpText(locale) };
}

export type GraphicTexts = ReturnType<typeof graphicTexts>;
