/**
 * Every graphic's words, per edition, built at build time from the data modules and handed to the
 * charts as page data: no word list reaches the page's code. Loads in plain Node too (the
 * end-to-end tests read the words the site was built with).
 */
import type { Locale } from '$lib/i18n/editions';
import { GRAPHIC_IDS, type GraphicId, type GraphicState } from './index';
import { aftermathText } from './aftermath/words';
import { electionText } from './election/words';
import { gdpText } from './gdp/words';
import { mapText } from './map/words';
import { nextText } from './next/words';
import { tenureText } from './tenure/words';

/** A state's text alternative: one sentence, or (the map) a lead sentence over a list of items. */
export type Description = string | { lead: string };

/** What every graphic's words hold, whatever else: a text alternative for each of its states. */
interface Described<G extends GraphicId> {
	describe: Readonly<Record<GraphicState<G>, Description>>;
}

const WORDS_BY_GRAPHIC = {
	map: mapText,
	tenure: tenureText,
	gdp: gdpText,
	election: electionText,
	next: nextText,
	aftermath: aftermathText
} satisfies { [G in GraphicId]: (locale: Locale) => Described<G> };

/** One graphic's words, as its chart, table and card receive them. */
export type GraphicTexts = { [G in GraphicId]: ReturnType<(typeof WORDS_BY_GRAPHIC)[G]> };
export type GraphicText<G extends GraphicId = GraphicId> = GraphicTexts[G];

/** Typed as a mapped type over the ids, so that indexing it with a generic id keeps the pairing. */
const WORDS: { [G in GraphicId]: (locale: Locale) => GraphicText<G> } = WORDS_BY_GRAPHIC;

function addWords<G extends GraphicId>(texts: Partial<GraphicTexts>, graphic: G, locale: Locale): void {
	texts[graphic] = WORDS[graphic](locale);
}

function isComplete(texts: Partial<GraphicTexts>): texts is GraphicTexts {
	return GRAPHIC_IDS.every((id) => Object.hasOwn(texts, id));
}

function build(locale: Locale): GraphicTexts {
	const texts: Partial<GraphicTexts> = {};
	for (const id of GRAPHIC_IDS) addWords(texts, id, locale);
	// The mapped type of WORDS already forbids a graphic without words; this only convinces the compiler.
	if (!isComplete(texts)) throw new Error(`a graphic has no words in ${locale}`);
	return texts;
}

/** Built once per edition: every page and share card of a build reads the same words. */
const built = new Map<Locale, GraphicTexts>();

export function graphicTexts(locale: Locale): GraphicTexts {
	let texts = built.get(locale);
	if (!texts) built.set(locale, (texts = build(locale)));
	return texts;
}
