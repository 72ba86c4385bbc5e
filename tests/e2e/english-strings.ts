/**
 * Finding English interface words on a Spanish page: the words every interface module writes in
 * English, and what a page says to its reader.
 */
import type { Page } from '@playwright/test';
import { graphicTexts } from '../../src/lib/graphics/build.server';
import { builderUi, embedUi } from '../../src/lib/embed/ui';
import { presenterText } from '../../src/lib/present/text';
import { shareWords } from '../../src/lib/share/words';
import { uiText } from '../../src/lib/story/ui';
import { editions, type EditionUnderTest } from './fixtures';

const [english, spanish] = editions as [EditionUnderTest, EditionUnderTest];

/**
 * The English interface words that have a Spanish counterpart: every string the interface
 * modules write, paired leaf by leaf with the Spanish edition's, cut down to its runs of words
 * the Spanish does not use (names, figures and template slots shared by both drop out).
 */
export function englishInterfaceStrings(): string[] {
	const found = new Set<string>();
	const wordsOf = (text: string) => text.match(/[\p{L}’']+/gu) ?? [];
	const walk = (en: unknown, es: unknown): void => {
		if (typeof en === 'string' && typeof es === 'string') {
			if (en === es || en.startsWith('/')) return;
			const spanishWords = new Set(wordsOf(es).map((w) => w.toLowerCase()));
			for (const part of en.split(/\{\w+\}|[.,:;()·—–]/)) {
				let run: string[] = [];
				for (const word of [...wordsOf(part), '']) {
					if (word && !spanishWords.has(word.toLowerCase())) run.push(word);
					else {
						if (run.join(' ').length >= 3) found.add(run.join(' '));
						run = [];
					}
				}
			}
		} else if (Array.isArray(en) && Array.isArray(es)) {
			// Lines of one label are one phrase: their order differs between languages.
			if (en.every((v) => typeof v === 'string')) walk(en.join(' '), es.join(' '));
			else en.forEach((value, i) => walk(value, es[i]));
		} else if (en && es && typeof en === 'object' && typeof es === 'object') {
			for (const key of Object.keys(en))
				walk((en as Record<string, unknown>)[key], (es as Record<string, unknown>)[key]);
		}
	};
	const { stepOf: enStepOf, ...enEmbed } = embedUi('en');
	const { stepOf: esStepOf, ...esEmbed } = embedUi('es');
	walk(
		[
			uiText(english.story),
			presenterText('en'),
			enEmbed,
			enStepOf(1, 3),
			builderUi('en'),
			shareWords('en'),
			graphicTexts('en')
		],
		[
			uiText(spanish.story),
			presenterText('es'),
			esEmbed,
			esStepOf(1, 3),
			builderUi('es'),
			shareWords('es'),
			graphicTexts('es')
		]
	);
	return [...found];
}

/** What a page says to its reader: each element's own text, and the attributes read aloud or shown. */
export function phrasesOn(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const phrases: string[] = [document.title];
		for (const el of document.querySelectorAll('*')) {
			// Text marked as English on purpose (a cited headline, the switch to the English edition) is not interface.
			if (el.closest('script, style, [lang="en"]')) continue;
			const own = [...el.childNodes]
				.filter((n) => n.nodeType === Node.TEXT_NODE)
				.map((n) => n.textContent ?? '')
				.join(' ');
			for (const value of [
				own,
				...['aria-label', 'title', 'alt', 'placeholder', 'content'].map((a) => el.getAttribute(a) ?? '')
			])
				if (value.trim()) phrases.push(value.replace(/\s+/g, ' ').trim());
		}
		return phrases;
	});
}

/** Phrases that are, or hold, an English interface string (a lone word must be the whole phrase). */
export function englishIn(phrases: string[], english: string[]): string[] {
	return english.flatMap((en) =>
		phrases
			.filter((p) => (en.includes(' ') ? p.includes(en) : p === en))
			.map((p) => `"${en}" in "${p.slice(0, 80)}"`)
	);
}
