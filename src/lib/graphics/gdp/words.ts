/**
 * The GDP chart's words, per edition, built at build time and handed to the chart as page data:
 * every number in them comes from the data module.
 */
import {
	fallSince2013,
	GDP_BASE_YEAR,
	gdpFallRounded,
	gdpLatest,
	gdpLatestMaddison,
	gdpSeries,
	gdpTrough
} from '$lib/data/gdp';
import { sourceIn, sourceRef } from '$lib/data/sources';
import { createFormat, roundTo } from '$lib/data/format';
import type { Locale } from '$lib/i18n/editions';
import type { GdpState } from './view';

export function gdpText(locale: Locale) {
	const f = createFormat(locale);
	const base = `${GDP_BASE_YEAR} = ${f.number(100)}`;
	const latestFall = f.aboutPercent(roundTo(fallSince2013(gdpLatest), 10));
	const troughFall = f.aboutPercent(gdpFallRounded);
	const en = {
		title: `Real GDP per person in Venezuela, ${base}`,
		baseLabel: base,
		fallLabel: `${troughFall} lower`,
		latestLabel: `${gdpLatest.year}: ${latestFall} below`,
		sourceLead: 'Source:',
		estimateNote: 'All figures are estimates: Venezuela has published little official data since 2015.',
		tableCaption: `Real GDP per person in Venezuela, indexed to ${base}`,
		tableHeads: ['Year', `Index (${base})`, 'Source'],
		describe: {
			baseline: `Chart: real GDP per person in Venezuela, adjusted for inflation and prices, with ${GDP_BASE_YEAR} set to ${f.number(100)}, the year Maduro took power.`,
			collapse: `Chart: real GDP per person in Venezuela fell every year from ${GDP_BASE_YEAR} to ${gdpTrough.year}, when it reached ${f.number(gdpTrough.index, 1)} on an index where ${base}: ${troughFall} lower.`,
			rebound: `Chart: after bottoming out at ${f.number(gdpTrough.index, 1)} in ${gdpTrough.year}, real GDP per person in Venezuela recovered to ${f.number(gdpLatestMaddison.index, 1)} in ${gdpLatestMaddison.year} and an estimated ${f.number(gdpLatest.index, 1)} in ${gdpLatest.year} (${base}), still ${latestFall} below where it started.`
		} satisfies Record<GdpState, string>
	};
	const es: typeof en = {
		title: `PIB real por persona en Venezuela, ${base}`,
		baseLabel: base,
		fallLabel: `${troughFall} menos`,
		latestLabel: `${gdpLatest.year}: ${latestFall} por debajo`,
		sourceLead: 'Fuente:',
		estimateNote: 'Todas las cifras son estimaciones: Venezuela publica pocos datos oficiales desde 2015.',
		tableCaption: `PIB real por persona en Venezuela, índice ${base}`,
		tableHeads: ['Año', `Índice (${base})`, 'Fuente'] as const,
		describe: {
			baseline: `Gráfico: PIB real por persona en Venezuela, ajustado por inflación y precios, con ${GDP_BASE_YEAR} igual a ${f.number(100)}, el año en que Maduro llegó al poder.`,
			collapse: `Gráfico: el PIB real por persona en Venezuela cayó cada año entre ${GDP_BASE_YEAR} y ${gdpTrough.year}, cuando llegó a ${f.number(gdpTrough.index, 1)} en un índice con ${base}: ${troughFall} menos.`,
			rebound: `Gráfico: tras tocar fondo en ${f.number(gdpTrough.index, 1)} en ${gdpTrough.year}, el PIB real por persona en Venezuela se recuperó hasta ${f.number(gdpLatestMaddison.index, 1)} en ${gdpLatestMaddison.year} y un estimado de ${f.number(gdpLatest.index, 1)} en ${gdpLatest.year} (${base}), todavía ${latestFall} por debajo del inicio.`
		}
	};
	return {
		...{ en, es }[locale],
		sources: [
			{ ...sourceRef('mpd', locale), detail: `${GDP_BASE_YEAR}–${gdpLatestMaddison.year}` },
			{ ...sourceRef('gmd', locale), detail: String(gdpLatest.year) }
		],
		rows: gdpSeries.map((p) => [String(p.year), f.number(p.index, 1), sourceIn(p.source, locale).publisher])
	};
}

export type GdpText = ReturnType<typeof gdpText>;
