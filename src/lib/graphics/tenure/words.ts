/**
 * The tenure timeline's words, per edition, built at build time and handed to the chart as page
 * data: every date and length in them comes from the data module.
 */
import { createFormat } from '$lib/data/format';
import type { Locale } from '$lib/i18n/editions';
import { sourceIn, sourceRef, type sources } from '$lib/data/sources';
import {
	crises,
	FIRST_ELECTION,
	presidenciesDuringTenure,
	presidencies,
	presidencySource,
	TENURE_START,
	tenureLength,
	type CrisisId,
	type PresidencyId
} from '$lib/data/tenure';
import { AS_OF } from '$lib/data/timeframe';
import { tenureLayout, type TenureState } from './view';

interface Words {
	/** Short, for the chart: a label must fit beside its dot on a phone. */
	crisisLabels: Record<CrisisId, string>;
	/** In full, for the table. */
	crisisEvents: Record<CrisisId, string>;
	presidentNames: Record<PresidencyId, string>;
	presidentsLabel: string;
	takeoverEvent: string;
	electionEvent: string;
	presidentEvent: (name: string) => string;
	sourceLead: string;
	tableHeads: readonly string[];
}

const words: Record<Locale, Words> = {
	en: {
		crisisLabels: {
			protests2014: 'street protests',
			assembly2015: 'opposition wins Assembly',
			recall2016: 'recall vote blocked',
			protests2017: 'deadly protests',
			guaido2019: 'U.S. backs Guaidó',
			election2024: 'disputed election'
		},
		crisisEvents: {
			protests2014: 'Street protests begin; the opposition leader Leopoldo López is arrested',
			assembly2015: 'The opposition wins two-thirds of the National Assembly',
			recall2016: 'The electoral council halts the drive for a recall referendum',
			protests2017: 'The supreme court takes over the Assembly’s powers; months of deadly protests follow',
			guaido2019:
				'Juan Guaidó declares himself interim president and the United States recognizes him; “maximum pressure” sanctions follow',
			election2024: 'A presidential election the council awards to Maduro without publishing results by table'
		},
		presidentNames: { obama: 'Obama', trump1: 'Trump', biden: 'Biden', trump2: 'Trump' },
		presidentsLabel: 'U.S. presidents',
		takeoverEvent: 'Takes over as acting president after Hugo Chávez’s death',
		electionEvent: 'Wins a special election by a narrow margin',
		presidentEvent: (name) => `${name} is U.S. president`,
		sourceLead: 'Source:',
		tableHeads: ['When', 'What', 'Source']
	},
	es: {
		crisisLabels: {
			protests2014: 'protestas callejeras',
			assembly2015: 'la oposición gana la AN',
			recall2016: 'revocatorio bloqueado',
			protests2017: 'protestas mortales',
			guaido2019: 'EE. UU. con Guaidó',
			election2024: 'elección disputada'
		},
		crisisEvents: {
			protests2014: 'Empiezan las protestas callejeras; detienen al opositor Leopoldo López',
			assembly2015: 'La oposición gana dos tercios de la Asamblea Nacional',
			recall2016: 'El CNE frena la recolección de firmas para un referendo revocatorio',
			protests2017:
				'El Tribunal Supremo asume las funciones de la Asamblea; siguen meses de protestas mortales',
			guaido2019:
				'Juan Guaidó se proclama presidente interino y Estados Unidos lo reconoce; siguen las sanciones de «máxima presión»',
			election2024: 'Una elección presidencial que el CNE adjudica a Maduro sin publicar resultados por mesa'
		},
		presidentNames: { obama: 'Obama', trump1: 'Trump', biden: 'Biden', trump2: 'Trump' },
		presidentsLabel: 'Presidentes de EE. UU.',
		takeoverEvent: 'Asume como presidente encargado tras la muerte de Hugo Chávez',
		electionEvent: 'Gana por estrecho margen la elección presidencial anticipada',
		presidentEvent: (name) => `${name}, presidente de EE. UU.`,
		sourceLead: 'Fuente:',
		tableHeads: ['Cuándo', 'Qué', 'Fuente']
	}
};

const year = (iso: string) => iso.slice(0, 4);
const month = (iso: string) => iso.slice(0, 7);

export function tenureText(locale: Locale) {
	const f = createFormat(locale);
	const w = words[locale];
	const length = f.duration(tenureLength.years, tenureLength.months);
	const start = f.month(month(TENURE_START));
	const asOf = f.date(AS_OF);
	const crisisList = crises.map((c) => `${year(c.date)}, ${w.crisisLabels[c.id]}`).join('; ');
	const presidentList = presidenciesDuringTenure()
		.map(({ presidency }) => presidency.president)
		.join(', ');
	const elected = f.month(month(FIRST_ELECTION));
	const describe: Record<TenureState, string> = {
		en: {
			takeover: `Chart: a timeline from ${start}, when Maduro took over after Hugo Chávez’s death, to ${asOf}. He won an election weeks later, in ${elected}.`,
			crises: `Chart: Maduro’s rule, ${length} long, with the crises he outlasted: ${crisisList}.`,
			presidents: `Chart: Maduro’s rule, ${length} long as of ${asOf}, spans four U.S. presidencies: ${presidentList}.`
		},
		es: {
			takeover: `Gráfico: una línea de tiempo desde ${start}, cuando Maduro asumió tras la muerte de Hugo Chávez, hasta el ${asOf}. Ganó una elección semanas después, en ${elected}.`,
			crises: `Gráfico: el gobierno de Maduro, de ${length}, con las crisis que superó: ${crisisList}.`,
			presidents: `Gráfico: el gobierno de Maduro, de ${length} hasta el ${asOf}, abarca cuatro presidencias de EE. UU.: ${presidentList}.`
		}
	}[locale];
	const publisher = (id: keyof typeof sources) => sourceIn(id, locale).publisher;
	const span = (from: string, to: string | null) => `${f.date(from)} – ${to ? f.date(to) : '…'}`;
	return {
		title: {
			en: `Maduro in power, ${start} to ${f.month(month(AS_OF))}`,
			es: `Maduro en el poder, de ${start} a ${f.month(month(AS_OF))}`
		}[locale],
		startLabel: { en: `Takes over, ${start}`, es: `Asume, ${start}` }[locale],
		lengthLabel: length,
		presidentsLabel: w.presidentsLabel,
		crisisLabels: crises.map((c) => `${year(c.date)}: ${w.crisisLabels[c.id]}`),
		presidentLabels: presidenciesDuringTenure().map(({ presidency }) => w.presidentNames[presidency.id]),
		sourceLead: w.sourceLead,
		sources: [
			{ ...sourceRef('timeline', locale), detail: `${year(TENURE_START)}–${year(AS_OF)}` },
			{ ...sourceRef(presidencySource, locale), detail: w.presidentsLabel }
		],
		tableCaption: {
			en: `Maduro’s rule, ${start} to ${asOf}: the crises he outlasted and the U.S. presidents he faced`,
			es: `El gobierno de Maduro, de ${start} al ${asOf}: las crisis que superó y los presidentes de EE. UU.`
		}[locale],
		tableHeads: w.tableHeads,
		rows: [
			[f.date(TENURE_START), w.takeoverEvent, publisher('chavezDeath2013')],
			[f.date(FIRST_ELECTION), w.electionEvent, publisher('election2013')],
			...crises.map((c) => [f.date(c.date), w.crisisEvents[c.id], publisher(c.source)]),
			...presidencies.map((p) => [
				span(p.start, p.end),
				w.presidentEvent(p.president),
				publisher(presidencySource)
			])
		],
		describe,
		layout: tenureLayout()
	};
}

export type TenureText = ReturnType<typeof tenureText>;
