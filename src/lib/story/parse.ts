/**
 * Turns a story file (ArchieML) into typed sections and steps, or fails with every problem
 * found, each as "file:line: reason". Runs at build time through the Vite plugin, so a
 * malformed story never reaches readers. Relative imports only: vite.config.ts loads this.
 */
import archieml from 'archieml';
import { facts, factText, isFactKey } from '../data/facts.js';
import { isSourceId, sourceIn } from '../data/sources.js';
import { AS_OF, PUBLISHED } from '../data/timeframe.js';
import { GRAPHIC_IDS, GRAPHICS, isGraphicId, isStateOf } from '../graphics/index.js';
import { LOCALES, REFERENCE_LOCALE, type Locale } from '../i18n/editions.js';
import { scanLines, type LineItem } from './lines.js';
import type { MethodNote, Quote, Rich, Section, Step, Story } from './types.js';

export interface StoryProblem {
	file: string;
	line: number;
	reason: string;
}

export class StoryError extends Error {
	constructor(readonly problems: StoryProblem[]) {
		super(
			`${problems.length} problem${problems.length === 1 ? '' : 's'} in the story:\n` +
				problems.map((p) => `  ${p.file}:${p.line}: ${p.reason}`).join('\n')
		);
		this.name = 'StoryError';
	}
}

export const STEP_WORDS = { min: 25, max: 60 } as const;
export const MAX_QUOTES = 3;
export const QUOTE_MAX_WORDS = 7;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLACEHOLDER = /\{([^{}]*)\}/g;
const STEP_KEYS = [
	'id',
	'graphic',
	'state',
	'text',
	'note',
	'quote',
	'quoteBy',
	'quoteRole',
	'quoteSource',
	'presenter'
];
const SECTION_KEYS = ['id', 'title'];
const TOP_KEYS = ['title', 'dek', 'credit', 'editorsNote', 'credits'];
/** Dates live in the data, once for every edition: a story file that types one is told where. */
const DATE_KEYS = ['asOf', 'published', 'updated'];

type Raw = Record<string, unknown>;

export function countWords(text: string): number {
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** `story.<locale>.aml`, for every locale of EDITIONS; any other name reads as the reference edition. */
function localeOf(file: string): Locale {
	return LOCALES.find((locale) => file.endsWith(`story.${locale}.aml`)) ?? REFERENCE_LOCALE;
}

export function parseStory(text: string, file: string): Story {
	const problems: StoryProblem[] = [];
	const fail = (line: number, reason: string) => problems.push({ file, line, reason });
	const locale = localeOf(file);

	let data: Raw;
	try {
		data = archieml.load(text) as Raw;
	} catch (error) {
		throw new StoryError([{ file, line: 1, reason: `not readable as ArchieML: ${String(error)}` }]);
	}
	const lines = scanLines(text);

	/** Where a piece of text sits within an item, for problems inside a long value. */
	const lineOf = (item: LineItem, needle: string, fallbackKey: string): number => {
		const all = text.split('\n');
		for (let i = item.line - 1; i < Math.min(all.length, item.endLine); i++) {
			if (all[i]!.includes(needle)) return i + 1;
		}
		return item.keys[fallbackKey] ?? item.line;
	};

	const reportRepeats = (item: LineItem, what: string) => {
		for (const r of item.repeated) {
			fail(
				r.line,
				`"${r.key}:" appears twice in ${what} (first at line ${r.firstLine}); if a new one starts here, it needs its own "id:" line first`
			);
		}
	};

	const str = (obj: Raw, key: string): string =>
		typeof obj[key] === 'string' ? (obj[key] as string).trim() : '';

	const required = (obj: Raw, item: LineItem, key: string, what: string): string => {
		const value = str(obj, key);
		if (!value) fail(item.keys[key] ?? item.line, `${what} has no "${key}:" (or it is empty)`);
		return value;
	};

	/** Copy with {placeholders}: each must name a fact; no figure may be typed in by hand. */
	const rich = (value: string, item: LineItem, key: string): Rich => {
		const segments: Rich = [];
		let last = 0;
		for (const match of value.matchAll(PLACEHOLDER)) {
			const name = match[1]!.trim();
			if (match.index > last) segments.push({ kind: 'text', text: value.slice(last, match.index) });
			last = match.index + match[0].length;
			if (!isFactKey(name)) {
				fail(
					lineOf(item, match[0], key),
					`unknown figure {${name}}; known figures: ${Object.keys(facts).join(', ')}`
				);
				continue;
			}
			segments.push({ kind: 'fact', key: name, text: factText(name, locale), sources: facts[name].sources });
		}
		if (last < value.length) segments.push({ kind: 'text', text: value.slice(last) });

		const typed = value
			.replace(PLACEHOLDER, ' ')
			.replace(/\b[A-Z]{1,4}-\d+[A-Z]?\b/g, ' ') // designations such as F-35B or MQ-9
			.replace(/\b(?:19|20)\d{2}\b/g, ' ') // years
			.match(/[\d][\d.,]*%?/);
		if (typed) {
			fail(
				lineOf(item, typed[0], key),
				`the figure "${typed[0]}" is typed into the copy; cite it from the data as a {placeholder} (for example {gdp.fall}) so it carries its source`
			);
		}
		return segments;
	};

	const unknownKeys = (obj: Raw, item: LineItem, allowed: string[], what: string) => {
		for (const key of Object.keys(obj)) {
			if (Array.isArray(obj[key])) continue;
			if (!allowed.includes(key)) {
				fail(
					item.keys[key] ?? item.line,
					`unknown key "${key}:" in ${what}; expected one of: ${allowed.join(', ')}`
				);
			}
		}
	};

	// The header.
	unknownKeys(data, lines, [...TOP_KEYS, ...DATE_KEYS], 'the header');
	const title = required(data, lines, 'title', 'the header');
	const dek = required(data, lines, 'dek', 'the header');
	const credit = required(data, lines, 'credit', 'the header');
	const credits = required(data, lines, 'credits', 'the header');
	for (const key of DATE_KEYS) {
		if (key in data)
			fail(
				lines.keys[key] ?? lines.line,
				`"${key}:" is not set here; the story's dates live in src/lib/data/timeframe.ts`
			);
	}
	const editorsNote = rich(required(data, lines, 'editorsNote', 'the header'), lines, 'editorsNote');

	// Sections and steps.
	const rawSections = Array.isArray(data.sections) ? (data.sections as Raw[]) : [];
	const sectionLines = lines.arrays.sections ?? [];
	if (rawSections.length === 0) fail(1, 'the story has no [sections]');

	const seenSteps = new Map<string, number>();
	const seenSections = new Map<string, number>();
	const sections: Section[] = [];
	let stepIndex = 0;
	let quotes = 0;

	rawSections.forEach((rawSection, s) => {
		const sectionItem = sectionLines[s] ?? lines;
		reportRepeats(sectionItem, 'a section');
		unknownKeys(rawSection, sectionItem, SECTION_KEYS, 'a section');
		const id = required(rawSection, sectionItem, 'id', `section ${s + 1}`);
		const where = `section "${id || s + 1}"`;
		if (id && !ID.test(id))
			fail(sectionItem.keys.id!, `section id "${id}" must be lower-case words joined by hyphens`);
		if (id && seenSections.has(id)) {
			fail(sectionItem.keys.id!, `duplicate section id "${id}" (first at line ${seenSections.get(id)})`);
		}
		seenSections.set(id, sectionItem.keys.id ?? sectionItem.line);
		const sectionTitle = required(rawSection, sectionItem, 'title', where);

		const rawSteps = Array.isArray(rawSection.steps) ? (rawSection.steps as Raw[]) : [];
		const stepLines = sectionItem.arrays.steps ?? [];
		if (rawSteps.length === 0)
			fail(sectionItem.line, `${where} is empty: it needs a [.steps] list with at least one step`);
		if (stepLines[0] && !stepLines[0].keys.id) {
			fail(stepLines[0].line, `the first step of ${where} must start with its "id:" line`);
		}

		const steps: Step[] = rawSteps.map((rawStep, i) => {
			const item = stepLines[i] ?? sectionItem;
			reportRepeats(item, `a step of ${where}`);
			unknownKeys(rawStep, item, STEP_KEYS, `a step of ${where}`);
			const stepId = required(rawStep, item, 'id', `step ${i + 1} of ${where}`);
			const what = `step "${stepId || i + 1}"`;
			if (stepId && !ID.test(stepId))
				fail(item.keys.id!, `step id "${stepId}" must be lower-case words joined by hyphens`);
			if (stepId && seenSteps.has(stepId)) {
				fail(item.keys.id!, `duplicate step id "${stepId}" (first at line ${seenSteps.get(stepId)})`);
			}
			if (stepId) seenSteps.set(stepId, item.keys.id ?? item.line);

			const graphicName = str(rawStep, 'graphic');
			const stateName = str(rawStep, 'state');
			let graphic: Step['graphic'] = null;
			let state: Step['state'] = null;
			if (graphicName) {
				if (!isGraphicId(graphicName)) {
					fail(
						item.keys.graphic!,
						`unknown graphic "${graphicName}" in ${what}; known graphics: ${GRAPHIC_IDS.join(', ')}`
					);
				} else {
					graphic = graphicName;
					if (!stateName)
						fail(item.keys.graphic!, `${what} names the graphic "${graphicName}" but no "state:"`);
					else if (!isStateOf(graphicName, stateName)) {
						fail(
							item.keys.state!,
							`unknown state "${stateName}" for graphic "${graphicName}" in ${what}; its states: ${GRAPHICS[graphicName].states.join(', ')}`
						);
					} else state = stateName;
				}
			} else if (stateName) {
				fail(item.keys.state!, `${what} has a "state:" but no "graphic:"`);
			}

			const textValue = required(rawStep, item, 'text', what);
			const textRich = rich(textValue, item, 'text');
			const words = countWords(textRich.map((seg) => seg.text).join(''));
			if (textValue && (words < STEP_WORDS.min || words > STEP_WORDS.max)) {
				fail(
					item.keys.text!,
					`${what} has ${words} words; a step card holds ${STEP_WORDS.min} to ${STEP_WORDS.max} so it reads on a phone`
				);
			}

			let quote: Quote | undefined;
			const quoteText = str(rawStep, 'quote');
			if (quoteText) {
				quotes += 1;
				const speaker = required(rawStep, item, 'quoteBy', `the quote in ${what}`);
				const role = required(rawStep, item, 'quoteRole', `the quote in ${what}`);
				const source = required(rawStep, item, 'quoteSource', `the quote in ${what}`);
				if (countWords(quoteText) > QUOTE_MAX_WORDS) {
					fail(item.keys.quote!, `the quote in ${what} runs past ${QUOTE_MAX_WORDS} words; quote briefly`);
				}
				if (quotes > MAX_QUOTES) fail(item.keys.quote!, `more than ${MAX_QUOTES} quotes in the story`);
				if (isSourceId(source))
					quote = { text: quoteText, speaker, role, source, publisher: sourceIn(source, locale).publisher };
				else if (source) fail(item.keys.quoteSource!, `unknown source "${source}" for the quote in ${what}`);
			}

			const noteValue = str(rawStep, 'note');
			const presenter = str(rawStep, 'presenter');
			const step: Step = {
				id: stepId,
				sectionId: id,
				index: stepIndex++,
				graphic,
				state,
				text: textRich,
				words,
				...(quote && { quote }),
				...(noteValue && { note: rich(noteValue, item, 'note') }),
				...(presenter && { presenterNote: presenter })
			};
			return step;
		});
		sections.push({ id, title: sectionTitle, steps });
	});

	// Method notes and corrections.
	const rawMethod = Array.isArray(data.method) ? (data.method as Raw[]) : [];
	const methodLines = lines.arrays.method ?? [];
	const method: MethodNote[] = rawMethod.map((raw, i) => {
		const item = methodLines[i] ?? lines;
		reportRepeats(item, 'a method note');
		const noteTitle = required(raw, item, 'title', `method note ${i + 1}`);
		return {
			title: noteTitle,
			text: rich(required(raw, item, 'text', `method note ${i + 1}`), item, 'text')
		};
	});
	const corrections = Array.isArray(data.corrections)
		? (data.corrections as unknown[]).filter((c): c is string => typeof c === 'string')
		: [];

	if (problems.length > 0) throw new StoryError(problems.sort((a, b) => a.line - b.line));

	return {
		locale,
		title,
		dek,
		credit,
		credits,
		asOf: AS_OF,
		published: PUBLISHED,
		editorsNote,
		sections,
		method,
		corrections
	};
}
