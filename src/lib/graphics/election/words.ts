/**
 * The election chart's words, per edition, built at build time and handed to the chart as page
 * data: every number in them comes from the data module.
 */
import {
	ELECTION_DATE,
	independentChecks,
	TALLY_SHEETS,
	margin,
	officialCount,
	tallyCount,
	type Candidate,
	type Count,
	type IndependentCheck
} from '$lib/data/election';
import { createFormat, type Format } from '$lib/data/format';
import type { Locale } from '$lib/i18n/editions';
import { sourceRef, type SourceRef } from '$lib/data/sources';
import { CANDIDATES, electionLayout, type ElectionState } from './view';

const names: Record<Locale, Record<Candidate, string>> = {
	en: { maduro: 'Maduro', gonzalez: 'González', others: 'Others' },
	es: { maduro: 'Maduro', gonzalez: 'González', others: 'Otros' }
};

function shareTexts(f: Format, count: Count, digits: number): Record<Candidate, string> {
	const s = count.shares;
	return {
		maduro: f.percent(s.maduro, digits),
		gonzalez: f.percent(s.gonzalez, digits),
		others: f.percent(s.others, digits)
	};
}

const checkNames: Record<Locale, Record<IndependentCheck['source'], string>> = {
	en: { ap: 'AP', wapo: 'Washington Post', carter: 'Carter Center', unPanel: 'U.N. panel' },
	es: { ap: 'AP', wapo: 'Washington Post', carter: 'Centro Carter', unPanel: 'Panel de la ONU' }
};

/** The numbers a note on a check reports, in the edition's words. */
function checkNotes(f: Format, locale: Locale): { lead: string; text: string }[] {
	const millions = (n: number) => f.number(n / 1e6, 1);
	// The year is in the chart's title; the notes name the day alone, to stay short on phones.
	const day = new Intl.DateTimeFormat(f.tag, {
		month: 'short',
		day: 'numeric',
		timeZone: 'UTC'
	});
	return independentChecks.map((check) => {
		const head = `${checkNames[locale][check.source]}, ${day.format(new Date(`${check.date}T00:00:00Z`))}:`;
		if (check.recount) {
			const { sheets, votes } = check.recount;
			// "mill." is the usual Spanish abbreviation: the note keeps to two lines on a phone, as in English.
			const text = {
				en: `${f.number(sheets)} sheets; González ${millions(votes.gonzalez)} million, Maduro ${millions(votes.maduro)} million`,
				es: `${f.number(sheets)} actas; González ${millions(votes.gonzalez)} mill., Maduro ${millions(votes.maduro)} mill.`
			}[locale];
			return { lead: head, text };
		}
		const finding = {
			en: {
				carter: 'the vote cannot be counted as democratic',
				unPanel: 'the council’s count lacked basic transparency'
			},
			es: {
				carter: 'no puede considerarse democrática',
				unPanel: 'el CNE contó sin transparencia básica'
			}
		}[locale];
		return { lead: head, text: finding[check.source as 'carter' | 'unPanel'] };
	});
}

export function electionText(locale: Locale) {
	const f = createFormat(locale);
	const official = shareTexts(f, officialCount, 1);
	const tally = shareTexts(f, tallyCount, 0);
	const date = f.date(ELECTION_DATE);
	const tallyGap = f.points(margin(tallyCount));
	const officialCoverage = f.percent(officialCount.coveragePct);
	const tallyCoverage = f.percent(tallyCount.coveragePct, 1);
	const notes = checkNotes(f, locale);
	const en = {
		// Each title fits two lines on a 320 px phone: the chart keeps the room of its longest one.
		title: {
			official: `${date}: the electoral council’s first results`,
			tally: `The opposition’s tally sheets (${tallyCoverage} of them)`,
			checks: `The tally sheets, checked by others`
		} satisfies Record<ElectionState, string>,
		officialKey: `Grey: the council’s figures`,
		marginLabel: tallyGap,
		sourceLead: 'Source:',
		tableCaption: `Vote shares in the presidential election of ${date}`,
		tableHeads: [
			'Candidate',
			`Electoral council, first results (${officialCoverage} of sheets)`,
			`Opposition tally sheets (${tallyCoverage})`
		],
		marginRow: 'González’s lead',
		describe: {
			official: `Chart: the electoral council’s first results for the election of ${date}, announced with ${officialCoverage} of tally sheets counted: Maduro ${official.maduro}, González ${official.gonzalez}, others ${official.others}. The council published no table-by-table results.`,
			tally: `Chart: on the tally sheets the opposition collected, ${tallyCoverage} of the total, González won about ${tally.gonzalez} and Maduro about ${tally.maduro}, a lead of ${tallyGap}. The council had announced Maduro ${official.maduro}, González ${official.gonzalez}.`,
			checks: `Chart: the tally sheets give González about ${tally.gonzalez} and Maduro about ${tally.maduro}. Independent checks: ${notes.map((n) => `${n.lead} ${n.text}`).join('. ')}.`
		} satisfies Record<ElectionState, string>
	};
	const es: typeof en = {
		title: {
			official: `${date}: primeros resultados del CNE`,
			tally: `Las actas de la oposición (${tallyCoverage} del total)`,
			checks: `Las actas, verificadas por otros`
		},
		officialKey: `En gris: las cifras del CNE`,
		marginLabel: tallyGap,
		sourceLead: 'Fuente:',
		tableCaption: `Porcentaje de votos en la elección presidencial del ${date}`,
		tableHeads: [
			'Candidato',
			`CNE, primeros resultados (${officialCoverage} de las actas)`,
			`Actas de la oposición (${tallyCoverage})`
		],
		marginRow: 'Ventaja de González',
		describe: {
			official: `Gráfico: primeros resultados del CNE para la elección del ${date}, anunciados con ${officialCoverage} de las actas: Maduro ${official.maduro}, González ${official.gonzalez}, otros ${official.others}. El CNE no publicó resultados por mesa.`,
			tally: `Gráfico: según las actas que reunió la oposición, ${tallyCoverage} del total, González obtuvo alrededor de ${tally.gonzalez} y Maduro alrededor de ${tally.maduro}, una ventaja de ${tallyGap}. El CNE había anunciado Maduro ${official.maduro}, González ${official.gonzalez}.`,
			checks: `Gráfico: las actas dan a González alrededor de ${tally.gonzalez} y a Maduro alrededor de ${tally.maduro}. Verificaciones independientes: ${notes.map((n) => `${n.lead} ${n.text}`).join('. ')}.`
		}
	};
	const w = { en, es }[locale];
	// Short names keep the source line to a few lines on phones; each links to the full entry.
	const sources: SourceRef[] = {
		en: [
			{
				...sourceRef('cne', locale),
				label: 'Electoral council',
				detail: `first bulletin, ${officialCoverage} of sheets, no table-by-table results`
			},
			{
				...sourceRef('oppositionTally', locale),
				label: 'opposition tally sheets',
				detail: `${f.number(TALLY_SHEETS)} sheets, ${tallyCoverage}`
			}
		],
		es: [
			{
				...sourceRef('cne', locale),
				label: 'CNE',
				detail: `primer boletín, ${officialCoverage} de las actas, sin resultados por mesa`
			},
			{
				...sourceRef('oppositionTally', locale),
				label: 'actas de la oposición',
				detail: `${f.number(TALLY_SHEETS)} actas, ${tallyCoverage}`
			}
		]
	}[locale];
	for (const check of independentChecks)
		sources.push({ ...sourceRef(check.source, locale), label: checkNames[locale][check.source] });
	return {
		...w,
		/** In the order of the chart's bars. */
		names: CANDIDATES.map((c) => names[locale][c]),
		values: { official: CANDIDATES.map((c) => official[c]), tally: CANDIDATES.map((c) => tally[c]) },
		layout: electionLayout(),
		notes,
		sources,
		rows: [
			...(['maduro', 'gonzalez', 'others'] as const).map((c) => [
				names[locale][c],
				official[c],
				f.percent(tallyCount.shares[c], 1)
			]),
			[w.marginRow, f.points(margin(officialCount)), f.points(margin(tallyCount))]
		]
	};
}

export type ElectionText = ReturnType<typeof electionText>;
