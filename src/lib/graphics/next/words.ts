/**
 * The "what comes next" diagram's words, per edition, built at build time and handed to the
 * chart as page data. The paths come from unnamed people familiar with the talks, and say so.
 */
import { createFormat } from '$lib/data/format';
import type { Locale } from '$lib/i18n/editions';
import * as outlook from '$lib/data/next';
import { sourceRef } from '$lib/data/sources';
import { AS_OF } from '$lib/data/timeframe';
import { nextLayout, placeLabels, type NextState } from './view';

const month = (iso: string) => iso.slice(0, 7);
const year = (iso: string) => iso.slice(0, 4);

export function nextText(locale: Locale) {
	const f = createFormat(locale);
	const handoverBy = f.month(month(outlook.HANDOVER_BEFORE));
	const recallFrom = year(outlook.RECALL_FROM);
	// The reporting names only the season ("last spring"): no edition names months it does not give.
	// "Boreal": spring in the Southern Cone falls from September to November.
	const spring = {
		en: `spring ${year(outlook.TALKS.from)}`,
		es: `primavera boreal de ${year(outlook.TALKS.from)}`
	}[locale];
	const vote = f.month(month(outlook.LEGITIMACY_FROM));
	const asOf = f.date(AS_OF);
	const eventWords: Record<outlook.PressureEventId, string> = {
		en: { deployment: 'warships', firstStrike: 'boat strikes', carrier: 'the carrier Gerald R. Ford' },
		es: {
			deployment: 'buques de guerra',
			firstStrike: 'ataques a lanchas',
			carrier: 'el portaaviones Gerald R. Ford'
		}
	}[locale];
	const eventList = outlook.pressureEvents
		.map((e) => `${eventWords[e.id]} ${{ en: 'from', es: 'desde el' }[locale]} ${f.date(e.date)}`)
		.join(', ');
	const firstEvent = f.month(month(outlook.pressureEvents[0]!.date));
	// "ago 2025": the Spanish words run longer, and labels must fit beside their bars on a phone.
	const shortMonth = (iso: string) =>
		new Intl.DateTimeFormat('es', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
			new Date(`${iso}T00:00:00Z`)
		);
	const handover = { en: 'Handover to a lieutenant', es: 'Traspaso a un lugarteniente' }[locale];
	const recall = {
		en: `Recall referendum, ${recallFrom} or later`,
		es: `Revocatorio, en ${recallFrom} o después`
	}[locale];
	const noDeal = { en: `Discussed in ${spring}; no deal`, es: `Discutido en la ${spring}; sin acuerdo` }[
		locale
	];
	const describe: Record<NextState, string> = {
		en: {
			talks: `Diagram: in ${spring}, according to people familiar with the talks, two ways out were discussed: handing power to one of Maduro’s lieutenants before ${handoverBy}, or a recall referendum in ${recallFrom} or later, after which the vice president would call elections. No deal came of it.`,
			pressure: `Diagram: with no deal, U.S. military pressure rose: ${eventList}, as of ${asOf}.`,
			legitimacy: `Diagram: beneath every path lies the disputed mandate, from the election of ${vote}, whose table-by-table results the council never published; Maduro was sworn in for a third term on ${f.date(outlook.THIRD_TERM)}.`
		},
		es: {
			talks: `Diagrama: en la ${spring}, según personas al tanto de las negociaciones, se discutieron dos salidas: un traspaso del poder a uno de los lugartenientes de Maduro antes de ${handoverBy}, o un referendo revocatorio en ${recallFrom} o después, tras el cual la vicepresidenta convocaría elecciones. No hubo acuerdo.`,
			pressure: `Diagrama: sin acuerdo, creció la presión militar de Estados Unidos: ${eventList}, hasta el ${asOf}.`,
			legitimacy: `Diagrama: bajo todos los caminos sigue el mandato en disputa, desde la elección de ${vote}, cuyos resultados por mesa el CNE nunca publicó; Maduro juró un tercer mandato el ${f.date(outlook.THIRD_TERM)}.`
		}
	}[locale];
	return {
		title: {
			en: `The paths discussed, to ${year(outlook.HANDOVER_BEFORE)}`,
			es: `Lo discutido, hasta ${year(outlook.HANDOVER_BEFORE)}`
		}[locale],
		labels: placeLabels({
			// The Spanish season needs "boreal", which leaves no room beside the bar on a phone: the year alone.
			talks: { en: `Talks, ${spring}`, es: `Diálogo, ${year(outlook.TALKS.from)}` }[locale],
			handover,
			handoverEnd: { en: `before ${handoverBy}`, es: `antes de ${handoverBy}` }[locale],
			recall,
			recallEnd: {
				en: 'then the vice president calls elections',
				es: 'luego la vicepresidenta convoca elecciones'
			}[locale],
			pressure: { en: 'No deal: the pressure rises', es: 'Sin acuerdo: sube la presión' }[locale],
			pressureNote: {
				en: `${firstEvent} on: warships, strikes`,
				es: `Desde ${shortMonth(outlook.pressureEvents[0]!.date)}: buques, ataques`
			}[locale],
			legitimacy: {
				en: `Disputed mandate since ${vote}`,
				es: `Mandato en disputa desde ${shortMonth(outlook.LEGITIMACY_FROM)}`
			}[locale]
		}),
		sourceLead: { en: 'Source:', es: 'Fuente:' }[locale],
		sources: [
			{
				...sourceRef(outlook.PATHS_SOURCE, locale),
				detail: {
					en: 'the talks, from unnamed people familiar with them',
					es: 'negociaciones, según fuentes anónimas'
				}[locale]
			},
			...[...new Set(outlook.pressureEvents.map((e) => e.source))].map((id) => ({
				...sourceRef(id, locale),
				detail: eventWords[outlook.pressureEvents.find((e) => e.source === id)!.id]
			}))
		],
		tableCaption: {
			en: `The paths discussed, and what happened instead, as of ${asOf}`,
			es: `Los caminos discutidos y lo que pasó en su lugar, al ${asOf}`
		}[locale],
		tableHeads: { en: ['Path', 'When', 'Status'], es: ['Camino', 'Cuándo', 'Situación'] }[locale],
		rows: [
			[handover, { en: `before ${handoverBy}`, es: `antes de ${handoverBy}` }[locale], noDeal],
			[
				{
					en: 'Recall referendum; the vice president would then call elections',
					es: 'Revocatorio; luego la vicepresidenta convocaría elecciones'
				}[locale],
				{ en: `${recallFrom} or later`, es: `${recallFrom} o después` }[locale],
				noDeal
			],
			[
				{ en: 'U.S. military pressure', es: 'Presión militar de EE. UU.' }[locale],
				eventList,
				{ en: `under way as of ${asOf}`, es: `en curso al ${asOf}` }[locale]
			],
			[
				{ en: 'Disputed mandate', es: 'Mandato en disputa' }[locale],
				{ en: `since ${f.date(outlook.LEGITIMACY_FROM)}`, es: `desde el ${f.date(outlook.LEGITIMACY_FROM)}` }[
					locale
				],
				{
					en: `third term from ${f.date(outlook.THIRD_TERM)}`,
					es: `tercer mandato desde el ${f.date(outlook.THIRD_TERM)}`
				}[locale]
			]
		],
		describe,
		layout: nextLayout()
	};
}

export type NextText = ReturnType<typeof nextText>;
