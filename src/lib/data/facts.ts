/**
 * The figures the copy may cite by placeholder, e.g. "{gdp.fall}". Each renders through the
 * locale's formatter and names its sources, so no number is ever typed into the story file.
 */
import { EMIGRANTS_SINCE_2014, EMIGRANT_SHARE } from './emigration.js';
import { ELECTION_DATE, officialCount, tallyCount, tallyMargin } from './election.js';
import {
	FIRST_STRIKE,
	F35_COUNT,
	FORD_AIRCRAFT,
	IWO_JIMA_PERSONNEL,
	PERSONNEL_NOVEMBER,
	strikeTally
} from './deployment.js';
import { createFormat, type Format } from './format.js';
import type { Locale } from '../i18n/editions.js';
import {
	fallSince2013,
	gdpFallRounded,
	gdpLatest,
	gdpLatestMaddison,
	gdpTrough,
	GDP_BASE_YEAR
} from './gdp.js';
import type { SourceId } from './sources.js';
import { CHAVEZ_DEATH, finalTenureLength, tenureLength } from './tenure.js';
import {
	AMNESTY_LAW_DATE,
	ARRAIGNMENT_DATE,
	AS_OF,
	CAPTURE_DATE,
	COVERED_UNTIL,
	HEARING_MOVED_DATE,
	NEXT_HEARING_DATE
} from './timeframe.js';

export interface Fact {
	sources: readonly SourceId[];
	text(format: Format): string;
}

/** A claim in words, per edition: attributed in the copy, linked to its source like any figure. */
const claim = (words: Record<Locale, string>) => (f: Format) => words[f.locale];

/** "more than two-thirds", checked against the figure it describes rather than typed. */
function shortfallWords(f: Format, fall: number): string {
	if (fall <= 200 / 3 || fall >= 75) throw new Error(`a fall of ${fall}% is not "more than two-thirds"`);
	return { en: 'more than two-thirds', es: 'más de dos tercios' }[f.locale];
}

const millions = (f: Format, n: number) =>
	({ en: `${f.number(n / 1e6, 1)} million`, es: `${f.number(n / 1e6, 1)} millones de` })[f.locale];

export const facts = {
	'gdp.baseYear': { sources: ['mpd'], text: () => String(GDP_BASE_YEAR) },
	'gdp.baseIndex': { sources: ['mpd'], text: (f) => f.number(100) },
	'gdp.troughYear': { sources: ['mpd'], text: () => String(gdpTrough.year) },
	'gdp.troughIndex': { sources: ['mpd'], text: (f) => f.number(gdpTrough.index, 1) },
	'gdp.fall': { sources: ['mpd'], text: (f) => f.aboutPercent(gdpFallRounded) },
	'gdp.latestYear': { sources: ['gmd'], text: () => String(gdpLatest.year) },
	'gdp.reboundYear': { sources: ['mpd'], text: () => String(gdpLatestMaddison.year) },
	'gdp.reboundIndex': { sources: ['mpd'], text: (f) => f.number(gdpLatestMaddison.index, 1) },
	'gdp.latestIndex': { sources: ['gmd'], text: (f) => f.number(gdpLatest.index, 1) },
	'gdp.latestShortfall': { sources: ['gmd'], text: (f) => shortfallWords(f, fallSince2013(gdpLatest)) },
	'emigration.people': { sources: ['imfReo'], text: (f) => millions(f, EMIGRANTS_SINCE_2014) },
	'emigration.share': { sources: ['imfReo'], text: (f) => f.aboutPercent(EMIGRANT_SHARE) },
	'election.date': { sources: ['cne'], text: (f) => f.date(ELECTION_DATE) },
	'election.officialMaduro': { sources: ['cne'], text: (f) => f.percent(officialCount.shares.maduro, 1) },
	'election.officialGonzalez': { sources: ['cne'], text: (f) => f.percent(officialCount.shares.gonzalez, 1) },
	'election.tallyCoverage': {
		sources: ['oppositionTally'],
		text: (f) => f.percent(tallyCount.coveragePct, 1)
	},
	'election.tallyGonzalez': {
		sources: ['oppositionTally'],
		text: (f) => f.aboutPercent(Math.round(tallyCount.shares.gonzalez))
	},
	'election.tallyMaduro': {
		sources: ['oppositionTally'],
		text: (f) => f.aboutPercent(Math.round(tallyCount.shares.maduro))
	},
	'election.margin': { sources: ['oppositionTally'], text: (f) => f.points(tallyMargin) },
	'tenure.chavezDeath': { sources: ['chavezDeath2013'], text: (f) => f.month(CHAVEZ_DEATH.slice(0, 7)) },
	'tenure.length': {
		sources: ['chavezDeath2013', 'nyt'],
		text: (f) => f.duration(tenureLength.years, tenureLength.months)
	},
	'tenure.finalLength': {
		sources: ['chavezDeath2013', 'capture'],
		text: (f) => f.duration(finalTenureLength.years, finalTenureLength.months)
	},
	'story.asOf': { sources: ['nyt'], text: (f) => f.date(AS_OF) },
	'after.capture': { sources: ['capture'], text: (f) => f.date(CAPTURE_DATE) },
	'after.arraignment': {
		sources: ['arraignment', 'interimPresident'],
		text: (f) => f.date(ARRAIGNMENT_DATE)
	},
	'after.hearingMoved': { sources: ['hearingMoved'], text: (f) => f.date(HEARING_MOVED_DATE) },
	'after.nextHearing': { sources: ['hearingMoved'], text: (f) => f.date(NEXT_HEARING_DATE) },
	'after.amnestyLaw': {
		sources: ['amnestyLaw'],
		text: (f) =>
			({
				en: `an amnesty law, on ${f.date(AMNESTY_LAW_DATE)}`,
				es: `una ley de amnistía, el ${f.date(AMNESTY_LAW_DATE)}`
			})[f.locale]
	},
	'after.coveredUntil': { sources: ['dismissMotion'], text: (f) => f.date(COVERED_UNTIL) },
	'deploy.iwoJimaPersonnel': {
		sources: ['iwoJimaGroup'],
		text: (f) => `${{ en: 'more than', es: 'más de' }[f.locale]} ${f.number(IWO_JIMA_PERSONNEL)}`
	},
	'deploy.f35Count': { sources: ['f35PuertoRico'], text: (f) => f.number(F35_COUNT) },
	'deploy.fordAircraft': {
		sources: ['southcom'],
		text: (f) => `${{ en: 'some', es: 'unas' }[f.locale]} ${f.number(FORD_AIRCRAFT)}`
	},
	'deploy.personnelNovember': {
		sources: ['personnelNovember'],
		text: (f) => `${{ en: 'about', es: 'unos' }[f.locale]} ${f.number(PERSONNEL_NOVEMBER)}`
	},
	'strikes.firstDate': { sources: ['strikeTally'], text: (f) => f.date(FIRST_STRIKE) },
	'strikes.asOf': { sources: ['strikeTally'], text: (f) => f.date(strikeTally.asOf) },
	'strikes.count': { sources: ['strikeTally'], text: (f) => f.number(strikeTally.strikes) },
	'strikes.killed': { sources: ['strikeTally'], text: (f) => f.number(strikeTally.killed) },
	'claims.fordNewest': {
		sources: ['fordNewest', 'fordLargest'],
		text: claim({
			en: 'the Navy’s newest and largest aircraft carrier',
			es: 'el portaaviones más nuevo y más grande de la Armada'
		})
	},
	'claims.largestInDecades': {
		sources: ['buildupScale', 'personnelNovember'],
		text: claim({
			en: 'the largest U.S. military build-up in the region in decades',
			es: 'el mayor despliegue militar de EE. UU. en la región en décadas'
		})
	},
	'claims.narcoCartel': {
		sources: ['nyt', 'cartelDesignation'],
		text: claim({ en: 'a “narco-terrorist” cartel', es: 'un cártel «narcoterrorista»' })
	},
	'claims.armedConflict': {
		sources: ['strikeJustification'],
		text: claim({ en: 'in an armed conflict with drug cartels', es: 'en conflicto armado con los cárteles' })
	},
	'claims.strikesUnlawful': {
		sources: ['strikeJustification', 'strikeTally'],
		text: claim({ en: 'call the killings illegal', es: 'califican los ataques de homicidios ilegales' })
	},
	'claims.noElectionDate': {
		sources: ['noElection', 'electionsPromise'],
		text: claim({
			en: 'no date has been set for a presidential election',
			es: 'no se ha fijado fecha para una elección presidencial'
		})
	},
	'claims.abduction': {
		sources: ['abduction'],
		text: claim({ en: 'a “military abduction”', es: 'un «secuestro militar»' })
	}
} as const satisfies Record<string, Fact>;

export type FactKey = keyof typeof facts;

export function isFactKey(key: string): key is FactKey {
	return Object.hasOwn(facts, key);
}

export function factText(key: FactKey, locale: Locale): string {
	return facts[key].text(createFormat(locale));
}
