/**
 * The figures the copy may cite by placeholder, e.g. "{gdp.fall}". Each renders through the
 * locale's formatter and names its sources, so no number is ever typed into the story file.
 */
import { EMIGRANTS_SINCE_2014, emigrantShare } from './emigration.js';
import { ELECTION_DATE, officialCount, tallyCount, tallyMargin } from './election.js';
import {
	FIRST_STRIKE,
	F35_COUNT,
	FORD_AIRCRAFT,
	IWO_JIMA_PERSONNEL,
	PERSONNEL_NOVEMBER,
	strikeTally
} from './deployment.js';
import { createFormat, roundTo, type Format, type Locale } from './format.js';
import { fallSince2013, gdpFallRounded, gdpLatest, gdpTrough, GDP_BASE_YEAR } from './gdp.js';
import type { SourceId } from './sources.js';
import { CHAVEZ_DEATH, tenureLength } from './tenure.js';

export interface Fact {
	sources: readonly SourceId[];
	text(format: Format): string;
}

const millions = (f: Format, n: number) =>
	f.locale === 'es' ? `${f.number(n / 1e6, 1)} millones de` : `${f.number(n / 1e6, 1)} million`;

export const facts = {
	'gdp.baseYear': { sources: ['mpd'], text: () => String(GDP_BASE_YEAR) },
	'gdp.baseIndex': { sources: ['mpd'], text: (f) => f.number(100) },
	'gdp.troughYear': { sources: ['mpd'], text: () => String(gdpTrough.year) },
	'gdp.troughIndex': { sources: ['mpd'], text: (f) => f.number(gdpTrough.index, 1) },
	'gdp.fall': { sources: ['mpd'], text: (f) => f.aboutPercent(gdpFallRounded) },
	'gdp.latestYear': { sources: ['gmd'], text: () => String(gdpLatest.year) },
	'gdp.latestFall': { sources: ['gmd'], text: (f) => f.aboutPercent(roundTo(fallSince2013(gdpLatest), 10)) },
	'emigration.people': { sources: ['imfReo'], text: (f) => millions(f, EMIGRANTS_SINCE_2014) },
	'emigration.share': { sources: ['imfReo', 'gmd'], text: (f) => f.aboutPercent(roundTo(emigrantShare, 5)) },
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
	'tenure.chavezDeath': { sources: ['timeline'], text: (f) => f.month(CHAVEZ_DEATH.slice(0, 7)) },
	'tenure.length': {
		sources: ['timeline'],
		text: (f) => f.duration(tenureLength.years, tenureLength.months)
	},
	'deploy.iwoJimaPersonnel': {
		sources: ['deploymentReports'],
		text: (f) => `${f.locale === 'es' ? 'unos' : 'about'} ${f.number(IWO_JIMA_PERSONNEL)}`
	},
	'deploy.f35Count': { sources: ['deploymentReports'], text: (f) => f.number(F35_COUNT) },
	'deploy.fordAircraft': {
		sources: ['southcom'],
		text: (f) => `${f.locale === 'es' ? 'unos' : 'some'} ${f.number(FORD_AIRCRAFT)}`
	},
	'deploy.personnelNovember': {
		sources: ['deploymentReports'],
		text: (f) => `${f.locale === 'es' ? 'unos' : 'about'} ${f.number(PERSONNEL_NOVEMBER)}`
	},
	'strikes.firstDate': { sources: ['strikeTally'], text: (f) => f.date(FIRST_STRIKE) },
	'strikes.asOf': { sources: ['strikeTally'], text: (f) => f.date(strikeTally.asOf) },
	'strikes.count': { sources: ['strikeTally'], text: (f) => f.number(strikeTally.strikes) },
	'strikes.killed': { sources: ['strikeTally'], text: (f) => f.number(strikeTally.killed) }
} as const satisfies Record<string, Fact>;

export type FactKey = keyof typeof facts;

export function isFactKey(key: string): key is FactKey {
	return Object.hasOwn(facts, key);
}

export function factText(key: FactKey, locale: Locale): string {
	return facts[key].text(createFormat(locale));
}
