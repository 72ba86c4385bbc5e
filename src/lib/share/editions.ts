/**
 * The story's editions, one per language. Head alternates (hreflang) and the sitemap are built
 * from this list, so publishing the Spanish edition under /es/ adds one line here:
 * `{ locale: 'es', path: '/es/', ogLocale: 'es_419' }`.
 */
import type { Locale } from '$lib/data/format';

export interface Edition {
	locale: Locale;
	/** Where the edition lives, from the site root (after BASE_PATH), with its trailing slash. */
	path: string;
	/** The Open Graph locale, language_TERRITORY. */
	ogLocale: string;
}

export const EDITIONS: readonly [Edition, ...Edition[]] = [{ locale: 'en', path: '/', ogLocale: 'en_US' }];

export function editionOf(locale: Locale): Edition {
	return EDITIONS.find((e) => e.locale === locale) ?? EDITIONS[0];
}

export interface Alternate {
	hreflang: string;
	href: string;
}

/** Every edition's address, and the first edition for readers whose language none matches. */
export function alternates(root: string): Alternate[] {
	return [
		...EDITIONS.map((e) => ({ hreflang: e.locale, href: root + e.path })),
		{ hreflang: 'x-default', href: root + EDITIONS[0].path }
	];
}
