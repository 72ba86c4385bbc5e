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
const list = (value: unknown): Raw[] => (Array.isArray(value) ? (value as Raw[]) : []);
const str = (obj: Raw, key: string): string =>
	typeof obj[key] === 'string' ? (obj[key] as string).trim() : '';

export function countWords(text: string): number {
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function localeOf(file: string): Story['locale'] {
	const match = /story\.(en|es)\.aml$/.exec(file);
	return (match?.[1] as Story['locale'] | undefined) ?? 'en';
}

/** What the parsers of the header, sections, steps and quotes share: the file, and the problems found so far. */
class Reader {
	readonly problems: StoryProblem[] = [];
	readonly locale: Story['locale'];
	readonly seen = { section: new Map<string, number>(), step: new Map<string, number>() };
	readonly #lines: string[];
	stepIndex = 0;
	quotes = 0;

	constructor(
		text: string,
		readonly file: string
	) {
		this.locale = localeOf(file);
		this.#lines = text.split('\n');
	}

	fail(line: number, reason: string): void {
		this.problems.push({ file: this.file, line, reason });
	}

	/** Where a piece of text sits within an item, for problems inside a long value. */
	lineOf(item: LineItem, needle: string, fallbackKey: string): number {
		for (let i = item.line - 1; i < Math.min(this.#lines.length, item.endLine); i++) {
			if (this.#lines[i]!.includes(needle)) return i + 1;
		}
		return item.keys[fallbackKey] ?? item.line;
	}

	/** Reports keys given twice, and keys the item does not take. */
	checkKeys(obj: Raw, item: LineItem, allowed: string[] | null, what: string): void {
		for (const r of item.repeated) {
			this.fail(
				r.line,
				`"${r.key}:" appears twice in ${what} (first at line ${r.firstLine}); if a new one starts here, it needs its own "id:" line first`
			);
		}
		for (const key of allowed ? Object.keys(obj) : []) {
			if (Array.isArray(obj[key]) || allowed!.includes(key)) continue;
			this.fail(
				item.keys[key] ?? item.line,
				`unknown key "${key}:" in ${what}; expected one of: ${allowed!.join(', ')}`
			);
		}
	}

	required(obj: Raw, item: LineItem, key: string, what: string): string {
		const value = str(obj, key);
		if (!value) this.fail(item.keys[key] ?? item.line, `${what} has no "${key}:" (or it is empty)`);
		return value;
	}

	/** A section's or step's id: lower-case words joined by hyphens, used once in the story. */
	id(obj: Raw, item: LineItem, kind: 'section' | 'step', what: string): string {
		const id = this.required(obj, item, 'id', what);
		if (!id) return id;
		const seen = this.seen[kind];
		if (!ID.test(id))
			this.fail(item.keys.id!, `${kind} id "${id}" must be lower-case words joined by hyphens`);
		if (seen.has(id))
			this.fail(item.keys.id!, `duplicate ${kind} id "${id}" (first at line ${seen.get(id)})`);
		seen.set(id, item.keys.id ?? item.line);
		return id;
	}

	/** Copy with {placeholders}: each must name a fact; no figure may be typed in by hand. */
	rich(value: string, item: LineItem, key: string): Rich {
		const segments: Rich = [];
		let last = 0;
		for (const match of value.matchAll(PLACEHOLDER)) {
			const name = match[1]!.trim();
			if (match.index > last) segments.push({ kind: 'text', text: value.slice(last, match.index) });
			last = match.index + match[0].length;
			if (!isFactKey(name)) {
				this.fail(
					this.lineOf(item, match[0], key),
					`unknown figure {${name}}; known figures: ${Object.keys(facts).join(', ')}`
				);
				continue;
			}
			segments.push({
				kind: 'fact',
				key: name,
				text: factText(name, this.locale),
				sources: facts[name].sources
			});
		}
		if (last < value.length) segments.push({ kind: 'text', text: value.slice(last) });

		const typed = value
			.replace(PLACEHOLDER, ' ')
			.replace(/\b[A-Z]{1,4}-\d+[A-Z]?\b/g, ' ') // designations such as F-35B or MQ-9
			.replace(/\b(?:19|20)\d{2}\b/g, ' ') // years
			.match(/[\d][\d.,]*%?/);
		if (typed) {
			this.fail(
				this.lineOf(item, typed[0], key),
				`the figure "${typed[0]}" is typed into the copy; cite it from the data as a {placeholder} (for example {gdp.fall}) so it carries its source`
			);
		}
		return segments;
	}
}

function parseHeader(r: Reader, data: Raw, item: LineItem) {
	r.checkKeys(data, item, [...TOP_KEYS, ...DATE_KEYS], 'the header');
	const title = r.required(data, item, 'title', 'the header');
	const dek = r.required(data, item, 'dek', 'the header');
	const credit = r.required(data, item, 'credit', 'the header');
	const credits = r.required(data, item, 'credits', 'the header');
	for (const key of DATE_KEYS) {
		if (key in data)
			r.fail(
				item.keys[key] ?? item.line,
				`"${key}:" is not set here; the story's dates live in src/lib/data/timeframe.ts`
			);
	}
	const editorsNote = r.rich(r.required(data, item, 'editorsNote', 'the header'), item, 'editorsNote');
	return { title, dek, credit, credits, editorsNote };
}

function parseSection(r: Reader, raw: Raw, item: LineItem, position: number): Section {
	r.checkKeys(raw, item, SECTION_KEYS, 'a section');
	const id = r.id(raw, item, 'section', `section ${position + 1}`);
	const where = `section "${id || position + 1}"`;
	const title = r.required(raw, item, 'title', where);
	const rawSteps = list(raw.steps);
	const stepLines = item.arrays.steps ?? [];
	if (rawSteps.length === 0)
		r.fail(item.line, `${where} is empty: it needs a [.steps] list with at least one step`);
	if (stepLines[0] && !stepLines[0].keys.id) {
		r.fail(stepLines[0].line, `the first step of ${where} must start with its "id:" line`);
	}
	const steps = rawSteps.map((rawStep, i) => parseStep(r, rawStep, stepLines[i] ?? item, id, where, i));
	return { id, title, steps };
}

/** `where`: its section, as problems name it; `position`: its place in the section, from 0. */
function parseStep(
	r: Reader,
	raw: Raw,
	item: LineItem,
	sectionId: string,
	where: string,
	position: number
): Step {
	r.checkKeys(raw, item, STEP_KEYS, `a step of ${where}`);
	const id = r.id(raw, item, 'step', `step ${position + 1} of ${where}`);
	const what = `step "${id || position + 1}"`;
	const { graphic, state } = parseGraphic(r, raw, item, what);

	const textValue = r.required(raw, item, 'text', what);
	const text = r.rich(textValue, item, 'text');
	const words = countWords(text.map((seg) => seg.text).join(''));
	if (textValue && (words < STEP_WORDS.min || words > STEP_WORDS.max)) {
		r.fail(
			item.keys.text!,
			`${what} has ${words} words; a step card holds ${STEP_WORDS.min} to ${STEP_WORDS.max} so it reads on a phone`
		);
	}
	const quote = parseQuote(r, raw, item, what);
	const note = str(raw, 'note');
	const presenter = str(raw, 'presenter');
	return {
		id,
		sectionId,
		index: r.stepIndex++,
		graphic,
		state,
		text,
		words,
		...(quote && { quote }),
		...(note && { note: r.rich(note, item, 'note') }),
		...(presenter && { presenterNote: presenter })
	};
}

/** The graphic and state a step shows: both known and belonging together, or neither. */
function parseGraphic(r: Reader, raw: Raw, item: LineItem, what: string): Pick<Step, 'graphic' | 'state'> {
	const graphic = str(raw, 'graphic');
	const state = str(raw, 'state');
	if (!graphic || !isGraphicId(graphic)) {
		if (!graphic && state) r.fail(item.keys.state!, `${what} has a "state:" but no "graphic:"`);
		else if (graphic)
			r.fail(
				item.keys.graphic!,
				`unknown graphic "${graphic}" in ${what}; known graphics: ${GRAPHIC_IDS.join(', ')}`
			);
		return { graphic: null, state: null };
	}
	if (isStateOf(graphic, state)) return { graphic, state };
	if (!state) r.fail(item.keys.graphic!, `${what} names the graphic "${graphic}" but no "state:"`);
	else {
		r.fail(
			item.keys.state!,
			`unknown state "${state}" for graphic "${graphic}" in ${what}; its states: ${GRAPHICS[graphic].states.join(', ')}`
		);
	}
	return { graphic, state: null };
}

/** A step's quote: short, attributed to a speaker and a known source, and one of few. */
function parseQuote(r: Reader, raw: Raw, item: LineItem, what: string): Quote | undefined {
	const text = str(raw, 'quote');
	if (!text) return undefined;
	r.quotes += 1;
	const speaker = r.required(raw, item, 'quoteBy', `the quote in ${what}`);
	const role = r.required(raw, item, 'quoteRole', `the quote in ${what}`);
	const source = r.required(raw, item, 'quoteSource', `the quote in ${what}`);
	if (countWords(text) > QUOTE_MAX_WORDS) {
		r.fail(item.keys.quote!, `the quote in ${what} runs past ${QUOTE_MAX_WORDS} words; quote briefly`);
	}
	if (r.quotes > MAX_QUOTES) r.fail(item.keys.quote!, `more than ${MAX_QUOTES} quotes in the story`);
	if (isSourceId(source))
		return { text, speaker, role, source, publisher: sourceIn(source, r.locale).publisher };
	if (source) r.fail(item.keys.quoteSource!, `unknown source "${source}" for the quote in ${what}`);
	return undefined;
}

function parseMethod(r: Reader, raw: Raw, item: LineItem, position: number): MethodNote {
	r.checkKeys(raw, item, null, 'a method note');
	const what = `method note ${position + 1}`;
	const title = r.required(raw, item, 'title', what);
	return { title, text: r.rich(r.required(raw, item, 'text', what), item, 'text') };
}

export function parseStory(text: string, file: string): Story {
	let data: Raw;
	try {
		data = archieml.load(text) as Raw;
	} catch (error) {
		throw new StoryError([{ file, line: 1, reason: `not readable as ArchieML: ${String(error)}` }]);
	}
	const r = new Reader(text, file);
	const lines = scanLines(text);
	const header = parseHeader(r, data, lines);
	const rawSections = list(data.sections);
	if (rawSections.length === 0) r.fail(1, 'the story has no [sections]');
	const sections = rawSections.map((raw, s) => parseSection(r, raw, lines.arrays.sections?.[s] ?? lines, s));
	const method = list(data.method).map((raw, i) => parseMethod(r, raw, lines.arrays.method?.[i] ?? lines, i));
	const corrections = (list(data.corrections) as unknown[]).filter((c): c is string => typeof c === 'string');
	if (r.problems.length > 0) throw new StoryError(r.problems.sort((a, b) => a.line - b.line));
	return {
		locale: r.locale,
		...header,
		asOf: AS_OF,
		published: PUBLISHED,
		sections,
		steps: sections.flatMap((s) => s.steps),
		method,
		corrections
	};
}
