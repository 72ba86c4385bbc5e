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
	const es = locale === 'es';
	const handoverBy = f.month(month(outlook.HANDOVER_BEFORE));
	const recallFrom = year(outlook.RECALL_FROM);
	// The reporting names only the season ("last spring"): no edition names months it does not give.
	// "Boreal": spring in the Southern Cone falls from September to November.
	const spring = es
		? `primavera boreal de ${year(outlook.TALKS.from)}`
		: `spring ${year(outlook.TALKS.from)}`;
	const vote = f.month(month(outlook.LEGITIMACY_FROM));
	const asOf = f.date(AS_OF);
	const eventWords: Record<outlook.PressureEventId, string> = es
		? {
				deployment: 'buques de guerra',
				firstStrike: 'ataques a lanchas',
				carrier: 'el portaaviones Gerald R. Ford'
			}
		: { deployment: 'warships', firstStrike: 'boat strikes', carrier: 'the carrier Gerald R. Ford' };
	const eventList = outlook.pressureEvents
		.map((e) => `${eventWords[e.id]} ${es ? 'desde el' : 'from'} ${f.date(e.date)}`)
		.join(', ');
	const firstEvent = f.month(month(outlook.pressureEvents[0]!.date));
	// "ago 2025": the Spanish words run longer, and labels must fit beside their bars on a phone.
	const shortMonth = (iso: string) =>
		new Intl.DateTimeFormat('es', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
			new Date(`${iso}T00:00:00Z`)
		);
	const handover = es ? 'Traspaso a un lugarteniente' : 'Handover to a lieutenant';
	const recall = es ? `Revocatorio, en ${recallFrom} o después` : `Recall referendum, ${recallFrom} or later`;
	const noDeal = es ? `Discutido en la ${spring}; sin acuerdo` : `Discussed in ${spring}; no deal`;
	const describe: Record<NextState, string> = es
		? {
				talks: `Diagrama: en la ${spring}, según personas al tanto de las negociaciones, se discutieron dos salidas: un traspaso del poder a uno de los lugartenientes de Maduro antes de ${handoverBy}, o un referendo revocatorio en ${recallFrom} o después, tras el cual la vicepresidenta convocaría elecciones. No hubo acuerdo.`,
				pressure: `Diagrama: sin acuerdo, creció la presión militar de Estados Unidos: ${eventList}, hasta el ${asOf}.`,
				legitimacy: `Diagrama: bajo todos los caminos sigue el mandato en disputa, desde la elección de ${vote}, cuyos resultados por mesa el CNE nunca publicó; Maduro juró un tercer mandato el ${f.date(outlook.THIRD_TERM)}.`
			}
		: {
				talks: `Diagram: in ${spring}, according to people familiar with the talks, two ways out were discussed: handing power to one of Maduro’s lieutenants before ${handoverBy}, or a recall referendum in ${recallFrom} or later, after which the vice president would call elections. No deal came of it.`,
				pressure: `Diagram: with no deal, U.S. military pressure rose: ${eventList}, as of ${asOf}.`,
				legitimacy: `Diagram: beneath every path lies the disputed mandate, from the election of ${vote}, whose table-by-table results the council never published; Maduro was sworn in for a third term on ${f.date(outlook.THIRD_TERM)}.`
			};
	return {
		title: es
			? `Lo discutido, hasta ${year(outlook.HANDOVER_BEFORE)}`
			: `The paths discussed, to ${year(outlook.HANDOVER_BEFORE)}`,
		labels: placeLabels({
			// The Spanish season needs "boreal", which leaves no room beside the bar on a phone: the year alone.
			talks: es ? `Diálogo, ${year(outlook.TALKS.from)}` : `Talks, ${spring}`,
			handover,
			handoverEnd: es ? `antes de ${handoverBy}` : `before ${handoverBy}`,
			recall,
			recallEnd: es
				? 'luego la vicepresidenta convoca elecciones'
				: 'then the vice president calls elections',
			pressure: es ? 'Sin acuerdo: sube la presión' : 'No deal: the pressure rises',
			pressureNote: es
				? `Desde ${shortMonth(outlook.pressureEvents[0]!.date)}: buques, ataques`
				: `${firstEvent} on: warships, strikes`,
			legitimacy: es
				? `Mandato en disputa desde ${shortMonth(outlook.LEGITIMACY_FROM)}`
				: `Disputed mandate since ${vote}`
		}),
		sourceLead: es ? 'Fuente:' : 'Source:',
		sources: [
			{
				...sourceRef(outlook.PATHS_SOURCE, locale),
				detail: es
					? 'negociaciones, según fuentes anónimas'
					: 'the talks, from unnamed people familiar with them'
			},
			...[...new Set(outlook.pressureEvents.map((e) => e.source))].map((id) => ({
				...sourceRef(id, locale),
				detail: eventWords[outlook.pressureEvents.find((e) => e.source === id)!.id]
			}))
		],
		tableCaption: es
			? `Los caminos discutidos y lo que pasó en su lugar, al ${asOf}`
			: `The paths discussed, and what happened instead, as of ${asOf}`,
		tableHeads: es ? ['Camino', 'Cuándo', 'Situación'] : ['Path', 'When', 'Status'],
		rows: [
			[handover, es ? `antes de ${handoverBy}` : `before ${handoverBy}`, noDeal],
			[
				es
					? 'Revocatorio; luego la vicepresidenta convocaría elecciones'
					: 'Recall referendum; the vice president would then call elections',
				es ? `${recallFrom} o después` : `${recallFrom} or later`,
				noDeal
			],
			[
				es ? 'Presión militar de EE. UU.' : 'U.S. military pressure',
				eventList,
				es ? `en curso al ${asOf}` : `under way as of ${asOf}`
			],
			[
				es ? 'Mandato en disputa' : 'Disputed mandate',
				es ? `desde el ${f.date(outlook.LEGITIMACY_FROM)}` : `since ${f.date(outlook.LEGITIMACY_FROM)}`,
				es
					? `tercer mandato desde el ${f.date(outlook.THIRD_TERM)}`
					: `third term from ${f.date(outlook.THIRD_TERM)}`
			]
		],
		describe,
		layout: nextLayout()
	};
}

export type NextText = ReturnType<typeof nextText>;
