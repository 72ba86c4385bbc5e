/**
 * The one key map: what a key press means wherever the story is stepped through, so the
 * presenter's keyboard, a presentation clicker (which sends PageUp/PageDown or arrows), the notes
 * window and the embeds all agree.
 */
import type { StoryState } from './story-state.svelte';

type Kind = 'next' | 'prev' | 'first' | 'last' | 'enter' | 'erase' | 'escape' | 'fullscreen' | 'notes';
export type Command = { kind: Kind } | { kind: 'digit'; digit: number };
/** Where the keys are pressed: the presenter's 'stage', or a 'page' that scrolls (an embed), which takes only MOVES. */
type View = 'stage' | 'page';

/** The moves every view takes: a page that scrolls keeps its vertical keys and Space for scrolling. */
const MOVES: Readonly<Record<string, Kind>> = {
	ArrowRight: 'next',
	ArrowLeft: 'prev',
	Home: 'first',
	End: 'last'
};

/** The stage does not scroll: the vertical keys and a clicker's PageUp/PageDown move too, and the rest are its own. */
const STAGE: Readonly<Record<string, Kind>> = {
	...MOVES,
	ArrowDown: 'next',
	PageDown: 'next',
	ArrowUp: 'prev',
	PageUp: 'prev',
	Enter: 'enter',
	Backspace: 'erase',
	Escape: 'escape',
	f: 'fullscreen',
	F: 'fullscreen',
	n: 'notes',
	N: 'notes'
};

/** The parts of a KeyboardEvent the mapping reads. */
export interface KeyPress {
	key: string;
	shiftKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	isComposing?: boolean;
}

/**
 * Where the key went: a text field keeps every key; a button or link keeps Enter and Space,
 * which activate it (handling them here as well would move two steps at once).
 */
export type KeyTarget = 'text-field' | 'control' | 'other';

const NON_TEXT_INPUTS = new Set([
	'button',
	'checkbox',
	'radio',
	'range',
	'submit',
	'reset',
	'image',
	'color',
	'file'
]);

/** The parts of an element the classification reads; an Element satisfies it. */
interface TargetLike {
	tagName?: unknown;
	type?: unknown;
	isContentEditable?: unknown;
}

export function keyTarget(target: EventTarget | TargetLike | null): KeyTarget {
	if (!target || typeof target !== 'object') return 'other';
	const { tagName, type, isContentEditable } = target as TargetLike;
	if (isContentEditable === true) return 'text-field';
	const tag = typeof tagName === 'string' ? tagName.toLowerCase() : '';
	if (tag === 'textarea' || tag === 'select') return 'text-field';
	if (tag === 'input') return NON_TEXT_INPUTS.has(String(type).toLowerCase()) ? 'control' : 'text-field';
	if (tag === 'button' || tag === 'a' || tag === 'summary') return 'control';
	return 'other';
}

export function commandFor(press: KeyPress, target: KeyTarget, view: View = 'stage'): Command | null {
	// Modified keys belong to the browser and the system (Ctrl+R, Cmd+ArrowLeft, Alt+Tab...).
	if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing) return null;
	if (target === 'text-field') return null;
	const { key } = press;
	if (target === 'control' && (key === 'Enter' || key === ' ')) return null;
	const map = view === 'stage' ? STAGE : MOVES;
	if (Object.hasOwn(map, key)) return { kind: map[key]! };
	if (view === 'page') return null;
	if (key === ' ') return { kind: press.shiftKey ? 'prev' : 'next' };
	if (/^[0-9]$/.test(key)) return { kind: 'digit', digit: Number(key) };
	return null;
}

/** Runs a command that moves through the story; false for any other. */
export function move(story: StoryState, command: Command): boolean {
	if (command.kind === 'next') story.next();
	else if (command.kind === 'prev') story.prev();
	else if (command.kind === 'first') story.go(0);
	else if (command.kind === 'last') story.go(story.steps.length - 1);
	else return false;
	return true;
}

/**
 * Digits typed before Enter, with one more: no more digits than the story's last step number
 * has, so a held key cannot build an absurd number.
 */
export function typeDigit(digits: string, digit: number, stepCount: number): string {
	if (digits.length >= String(stepCount).length) return digits;
	return digits === '0' ? String(digit) : digits + String(digit);
}

/** The step position (from 0) typed digits name, clamped to the story; null for no digits. */
export function positionFromDigits(digits: string, stepCount: number): number | null {
	if (!/^[0-9]+$/.test(digits)) return null;
	return Math.min(stepCount, Math.max(1, Number(digits))) - 1;
}
