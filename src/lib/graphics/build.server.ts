/**
 * What the build makes of each graphic besides its chart: its words per edition (handed to the
 * charts as page data), its share card (the card.png routes) and its data tables (the
 * /data/<table>.csv files). Typed over the graphic ids as charts.ts is, so a graphic of the list
 * (index.ts) missing here does not compile, and each part takes its own states and words. Server
 * code only: `.server` makes SvelteKit refuse any page code that imports it (pages import only its
 * types). Loads in plain Node too (the end-to-end tests read the words the site was built with).
 */
import type { Dataset, Tables } from '$lib/data/csv.server';
import type { Locale } from '$lib/i18n/editions';
import type { CardGraphic } from '$lib/graphics/common/card';
import { GRAPHIC_IDS, type DatasetId, type GRAPHICS, type GraphicId, type GraphicState } from './index';
import { aftermathCard } from './aftermath/card';
import { aftermathTables } from './aftermath/tables';
import { aftermathText } from './aftermath/words';
import { electionCard } from './election/card';
import { electionTables } from './election/tables';
import { electionText } from './election/words';
import { gdpCard } from './gdp/card';
import { gdpTables } from './gdp/tables';
import { gdpText } from './gdp/words';
import { mapCard } from './map/card';
import { mapTables } from './map/tables';
import { mapText } from './map/words';
import { nextCard } from './next/card';
import { nextTables } from './next/tables';
import { nextText } from './next/words';
import { tenureCard } from './tenure/card';
import { tenureTables } from './tenure/tables';
import { tenureText } from './tenure/words';

const BUILD_BY_GRAPHIC = {
	map: { words: mapText, card: mapCard, tables: mapTables },
	tenure: { words: tenureText, card: tenureCard, tables: tenureTables },
	gdp: { words: gdpText, card: gdpCard, tables: gdpTables },
	election: { words: electionText, card: electionCard, tables: electionTables },
	next: { words: nextText, card: nextCard, tables: nextTables },
	aftermath: { words: aftermathText, card: aftermathCard, tables: aftermathTables }
};

/** One graphic's words, as its chart, table and card receive them. */
export type GraphicTexts = { [G in GraphicId]: ReturnType<(typeof BUILD_BY_GRAPHIC)[G]['words']> };
export type GraphicText<G extends GraphicId = GraphicId> = GraphicTexts[G];

/** A state's text alternative: one sentence, or (the map) a lead sentence over a list of items. */
export type Description = string | { lead: string };

/** What every graphic's words hold, whatever else: a text alternative for each of its states. */
interface Described<G extends GraphicId> {
	describe: Readonly<Record<GraphicState<G>, Description>>;
}

type CardRenderer<G extends GraphicId> = (state: GraphicState<G>, text: GraphicText<G>) => CardGraphic;

/** Typed as a mapped type over the ids, so that indexing it with a generic id keeps the pairing. */
const BUILD: {
	[G in GraphicId]: {
		words: (locale: Locale) => GraphicText<G> & Described<G>;
		card: CardRenderer<G>;
		tables: Tables<(typeof GRAPHICS)[G]>;
	};
} = BUILD_BY_GRAPHIC;

function addWords<G extends GraphicId>(texts: Partial<GraphicTexts>, graphic: G, locale: Locale): void {
	texts[graphic] = BUILD[graphic].words(locale);
}

function isComplete(texts: Partial<GraphicTexts>): texts is GraphicTexts {
	return GRAPHIC_IDS.every((id) => Object.hasOwn(texts, id));
}

function buildTexts(locale: Locale): GraphicTexts {
	const texts: Partial<GraphicTexts> = {};
	for (const id of GRAPHIC_IDS) addWords(texts, id, locale);
	// The mapped type of BUILD already forbids a graphic without words; this only convinces the compiler.
	if (!isComplete(texts)) throw new Error(`a graphic has no words in ${locale}`);
	return texts;
}

/** Built once per edition: every page and share card of a build reads the same words. */
const built = new Map<Locale, GraphicTexts>();

export function graphicTexts(locale: Locale): GraphicTexts {
	let texts = built.get(locale);
	if (!texts) built.set(locale, (texts = buildTexts(locale)));
	return texts;
}

/** A graphic's card renderer; generic in the id as chartOf is, for the same reason. */
export function cardOf<G extends GraphicId>(graphic: G): CardRenderer<G> {
	return BUILD[graphic].card;
}

/** A graphic's data tables, by table id. */
export function tablesOf<G extends GraphicId>(graphic: G): Tables<(typeof GRAPHICS)[G]> {
	return BUILD[graphic].tables;
}

/** A data table's rows, from the graphic that names it. */
export function datasetOf(table: DatasetId): Dataset {
	for (const id of GRAPHIC_IDS) {
		const tables: Readonly<Partial<Record<string, () => Dataset>>> = tablesOf(id);
		const rows = tables[table];
		if (rows) return rows();
	}
	// DatasetId is the union of every graphic's tables, each typed to have rows; this only convinces the compiler.
	throw new Error(`no graphic has the table "${table}"`);
}
