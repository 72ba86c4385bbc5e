/** Locale-aware formatting for every figure shown: one place, so both editions format alike. */
import type { Locale } from '../i18n/editions.js';

// Generic Spanish writes "51,2 %", as Spanish style guides ask; es-VE drops the space.
const intlLocale: Record<Locale, string> = { en: 'en-US', es: 'es' };

export interface Format {
	locale: Locale;
	/** The language tag every Intl call of the edition takes. */
	tag: string;
	/** 70 → "70%" (en) or "70 %" (es). */
	percent(value: number, digits?: number): string;
	/** A plain number: 4500 → "4,500". */
	number(value: number, digits?: number): string;
	/** "about 70%": a rounded figure flagged as approximate. */
	aboutPercent(value: number): string;
	/** A signed gap in percentage points: 36.7 → "37 points". */
	points(value: number, digits?: number): string;
	/** An ISO date (yyyy-mm-dd) as a reader reads it: "July 28, 2024". */
	date(iso: string): string;
	/** An ISO month (yyyy-mm) as "March 2013". */
	month(iso: string): string;
	/** "12 years and 8 months". */
	duration(years: number, months: number): string;
}

function parseIsoDate(iso: string): Date {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
	if (!match) throw new Error(`not an ISO date: "${iso}"`);
	const [, y, m, d] = match;
	return new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
}

const words = {
	en: {
		about: 'about',
		point: 'point',
		points: 'points',
		year: 'year',
		years: 'years',
		month: 'month',
		months: 'months',
		and: 'and'
	},
	es: {
		about: 'alrededor de un',
		point: 'punto',
		points: 'puntos',
		year: 'año',
		years: 'años',
		month: 'mes',
		months: 'meses',
		and: 'y'
	}
} as const;

export function createFormat(locale: Locale): Format {
	const tag = intlLocale[locale];
	const w = words[locale];
	const num = (value: number, digits = 0) =>
		new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
			value
		);
	const percent = (value: number, digits = 0) =>
		new Intl.NumberFormat(tag, {
			style: 'percent',
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		}).format(value / 100);
	const plural = (n: number, one: string, many: string) => `${num(n)} ${n === 1 ? one : many}`;
	return {
		locale,
		tag,
		percent,
		number: num,
		aboutPercent: (value) => `${w.about} ${percent(value)}`,
		points: (value, digits = 0) => plural(Number(value.toFixed(digits)), w.point, w.points),
		date: (iso) =>
			new Intl.DateTimeFormat(tag, {
				day: 'numeric',
				month: 'long',
				year: 'numeric',
				timeZone: 'UTC'
			}).format(parseIsoDate(iso)),
		month: (iso) =>
			new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
				parseIsoDate(iso)
			),
		duration: (years, months) =>
			months === 0
				? plural(years, w.year, w.years)
				: `${plural(years, w.year, w.years)} ${w.and} ${plural(months, w.month, w.months)}`
	};
}

/** Rounds to the nearest step (e.g. 73.5 to the nearest 10 is 70): how "about" figures are made. */
export function roundTo(value: number, step: number): number {
	return Math.round(value / step) * step;
}
