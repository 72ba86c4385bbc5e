/**
 * The story's editions, one per language, each under its own path. Routes, links between
 * editions, head alternates (hreflang) and the sitemap are all built from this list. Every
 * edition tells the same story as the first, the reference: the same steps, in the same order,
 * drawing the same graphic states; a translation that drifts fails the build, at the line of the
 * step that differs (editionProblems, run by the story files' Vite plugin).
 * Relative imports only: vite.config.ts loads this.
 */
import { scanLines } from '../story/lines.js';
import type { StoryProblem } from '../story/parse.js';
import type { Story } from '../story/types.js';

/** The languages the story is written in, one edition each. */
export type Locale = 'en' | 'es';

export interface Edition {
	locale: Locale;
	/** Where the edition lives, from the site root (after BASE_PATH), with its trailing slash. */
	path: string;
	/** The Open Graph locale, language_TERRITORY. */
	ogLocale: string;
	/** The language's name in itself, for the switch between editions. */
	name: string;
}

export const EDITIONS: readonly [Edition, ...Edition[]] = [
	{ locale: 'en', path: '/', ogLocale: 'en_US', name: 'English' },
	// Written for readers across Latin America: Spanish as spoken there.
	{ locale: 'es', path: '/es/', ogLocale: 'es_419', name: 'Español' }
];

export function editionOf(locale: Locale): Edition {
	return EDITIONS.find((e) => e.locale === locale) ?? EDITIONS[0];
}

/** The first path segment of an edition other than the first (`es` for /es/), as routes see it. */
export function isEditionSegment(segment: string): boolean {
	return EDITIONS.some((e) => e !== EDITIONS[0] && e.path === `/${segment}/`);
}

/** The locale a route's optional `[[lang]]` segment names; no segment is the first edition. */
export function localeOfSegment(segment: string | undefined): Locale {
	return EDITIONS.find((e) => e.path === `/${segment}/`)?.locale ?? EDITIONS[0].locale;
}

/** A route's `[[lang]]` parameter for an edition: none for the first, which lives at the root. */
export function segmentOf(locale: Locale): string | undefined {
	return editionOf(locale).path.slice(1, -1) || undefined;
}

/** The path of `page` (relative, e.g. `present/`; empty for the story) in an edition, from the site root. */
export function editionPath(locale: Locale, page = ''): string {
	return editionOf(locale).path + page;
}

export interface Alternate {
	hreflang: string;
	href: string;
}

/** `page` in every edition, and in the first edition for readers whose language none matches. */
export function alternates(root: string, page = ''): Alternate[] {
	return [
		...EDITIONS.map((e) => ({ hreflang: e.locale, href: root + e.path + page })),
		{ hreflang: 'x-default', href: root + EDITIONS[0].path + page }
	];
}

/** A link to the same page in another edition, for the language switch. */
export interface EditionLink {
	locale: Locale;
	name: string;
	/** From the site root, before BASE_PATH. */
	path: string;
}

/** Links to `page` in every edition but `locale`'s own. */
export function otherEditions(locale: Locale, page = ''): EditionLink[] {
	return EDITIONS.filter((e) => e.locale !== locale).map((e) => ({
		locale: e.locale,
		name: e.name,
		path: e.path + page
	}));
}

/** The edition the others are checked against: the first. */
export const REFERENCE_LOCALE: Locale = EDITIONS[0].locale;

export function editionProblems(
	reference: Story,
	edition: Story,
	file: string,
	text: string
): StoryProblem[] {
	const problems: StoryProblem[] = [];
	const lines = scanLines(text);
	const stepLines = (lines.arrays.sections ?? []).flatMap((s) => s.arrays.steps ?? []);
	const ref = reference.steps;
	const ed = edition.steps;
	const at = (i: number) => stepLines[i]?.keys.id ?? stepLines[i]?.line ?? 1;

	const sectionsRef = reference.sections.map((s) => s.id).join(', ');
	const sectionsEd = edition.sections.map((s) => s.id).join(', ');
	if (sectionsRef !== sectionsEd) {
		problems.push({
			file,
			line: 1,
			reason: `sections differ from the ${REFERENCE_LOCALE} edition: [${sectionsEd}] against [${sectionsRef}]`
		});
	}
	const count = Math.max(ref.length, ed.length);
	for (let i = 0; i < count; i++) {
		const r = ref[i];
		const e = ed[i];
		if (!r) {
			problems.push({
				file,
				line: at(i),
				reason: `step "${e!.id}" is not in the ${REFERENCE_LOCALE} edition`
			});
		} else if (!e) {
			problems.push({
				file,
				line: at(ed.length - 1),
				reason: `step "${r.id}" of the ${REFERENCE_LOCALE} edition is missing here`
			});
		} else if (r.id !== e.id) {
			problems.push({
				file,
				line: at(i),
				reason: `step ${i + 1} is "${e.id}" here but "${r.id}" in the ${REFERENCE_LOCALE} edition`
			});
		} else if (r.graphic !== e.graphic || r.state !== e.state) {
			const show = (s: typeof r) => (s.graphic ? `${s.graphic}/${s.state}` : 'no graphic');
			problems.push({
				file,
				line: at(i),
				reason: `step "${e.id}" shows ${show(e)} here but ${show(r)} in the ${REFERENCE_LOCALE} edition`
			});
		}
	}
	return problems;
}
