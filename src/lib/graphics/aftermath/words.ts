/**
 * The epilogue timeline's words, per edition, built at build time and handed to the chart as
 * page data: every date and length in them comes from the data modules.
 */
import { createFormat } from '$lib/data/format';
import type { Locale } from '$lib/i18n/editions';
import { sourceIn, sourceRef } from '$lib/data/sources';
import { finalTenureLength, TENURE_START } from '$lib/data/tenure';
import { AS_OF, CAPTURE_DATE } from '$lib/data/timeframe';
import { aftermathEvents, type AftermathEventId } from '$lib/data/aftermath';
import { aftermathLayout, TICK_DATES, type AftermathState } from './view';

interface Words {
	/** Short, for the chart: each must fit beside its dot on a 320 px phone; the table says it in full. */
	labels: Record<AftermathEventId, string>;
	/** In full, for the table. */
	events: Record<AftermathEventId, string>;
	sourceLead: string;
	tableHeads: readonly string[];
}

const words: Record<Locale, Words> = {
	en: {
		labels: {
			buildup: 'U.S. build-up begins',
			firstStrike: 'First boat strike',
			carrier: 'Ford carrier arrives',
			capture: 'Maduro captured',
			arraignment: 'Pleads not guilty',
			interim: 'Rodríguez sworn in'
		},
		events: {
			buildup: 'The amphibious group led by the USS Iwo Jima sails for the Caribbean',
			firstStrike: 'The first announced U.S. strike on a boat Washington says carried drugs',
			carrier: 'The Gerald R. Ford carrier strike group enters the Caribbean',
			capture: 'U.S. forces strike around Caracas and capture Maduro and his wife, Cilia Flores',
			arraignment: 'Maduro and Flores plead not guilty in federal court in Manhattan',
			interim: 'Delcy Rodríguez, the vice president, is sworn in as interim president'
		},
		sourceLead: 'Source:',
		tableHeads: ['Date', 'Event', 'Source']
	},
	es: {
		labels: {
			buildup: 'Empieza el despliegue',
			firstStrike: 'Primer ataque a una lancha',
			carrier: 'Llega el portaaviones',
			capture: 'Maduro, capturado',
			arraignment: 'Se declara no culpable',
			interim: 'Rodríguez jura el cargo'
		},
		events: {
			buildup: 'El grupo anfibio encabezado por el USS Iwo Jima zarpa hacia el Caribe',
			firstStrike:
				'El primer ataque anunciado de EE. UU. contra una lancha que, según Washington, llevaba drogas',
			carrier: 'El grupo de ataque del portaaviones Gerald R. Ford entra al Caribe',
			capture: 'Fuerzas de EE. UU. atacan en torno a Caracas y capturan a Maduro y a su esposa, Cilia Flores',
			arraignment: 'Maduro y Flores se declaran no culpables ante un tribunal federal de Manhattan',
			interim: 'Delcy Rodríguez, la vicepresidenta, jura como presidenta encargada'
		},
		sourceLead: 'Fuente:',
		tableHeads: ['Fecha', 'Hecho', 'Fuente']
	}
};

export function aftermathText(locale: Locale) {
	const f = createFormat(locale);
	const w = words[locale];
	const length = f.duration(finalTenureLength.years, finalTenureLength.months);
	const start = f.month(TENURE_START.slice(0, 7));
	const timeline = aftermathEvents.map((e) => `${f.date(e.date)}: ${w.events[e.id]}`).join('; ');
	const describe: Record<AftermathState, string> = {
		capture: {
			en: `Chart: a timeline from August 2025 to January 2026, with this story’s date, ${f.date(AS_OF)}, marked, and Maduro’s rule, begun in ${start}, up to his capture on ${f.date(CAPTURE_DATE)}, after ${length}. ${timeline}.`,
			es: `Gráfico: una línea de tiempo de agosto de 2025 a enero de 2026, con la fecha de esta historia, el ${f.date(AS_OF)}, marcada, y el gobierno de Maduro, iniciado en ${start}, hasta su captura el ${f.date(CAPTURE_DATE)}, tras ${length}. ${timeline}.`
		}[locale]
	};
	const shortDate = (iso: string) =>
		new Intl.DateTimeFormat(f.tag, {
			dateStyle: 'medium',
			timeZone: 'UTC'
		}).format(new Date(`${iso}T00:00:00Z`));
	const monthTick = (iso: string) =>
		new Intl.DateTimeFormat(f.tag, { month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
	const layout = aftermathLayout();
	return {
		title: { en: `The end of his rule, after ${length}`, es: `El fin de su gobierno, tras ${length}` }[
			locale
		],
		ruleLabel: { en: `Maduro in power since ${start}`, es: `Maduro en el poder desde ${start}` }[locale],
		// Short dates: the label sits left of the line, in under three-quarters of a 320 px phone.
		asOfLabel: { en: `This story: ${shortDate(AS_OF)}`, es: `Esta historia: ${shortDate(AS_OF)}` }[locale],
		labels: aftermathEvents.map((e) => w.labels[e.id]),
		tickLabels: TICK_DATES.map((iso) => (iso.endsWith('01-01') ? iso.slice(0, 4) : monthTick(iso))),
		sourceLead: w.sourceLead,
		sources: (['capture', 'arraignment', 'interimPresident'] as const).map((id) => sourceRef(id, locale)),
		tableCaption: {
			en: 'From the build-up to the capture, August 2025 to January 2026',
			es: 'Del despliegue a la captura, de agosto de 2025 a enero de 2026'
		}[locale],
		tableHeads: w.tableHeads,
		rows: aftermathEvents.map((e) => [f.date(e.date), w.events[e.id], sourceIn(e.source, locale).publisher]),
		describe,
		layout
	};
}

export type AftermathText = ReturnType<typeof aftermathText>;
