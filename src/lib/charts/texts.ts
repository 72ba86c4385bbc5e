/** Every graphic's words for one edition, built at build time from the data modules. */
import type { Locale } from '$lib/data/format';
import { mapText } from '$lib/map/text';
import { gdpText } from './gdp/text';

export function graphicTexts(locale: Locale) {
	return { map: mapText(locale), gdp: gdpText(locale) };
}

export type GraphicTexts = ReturnType<typeof graphicTexts>;
