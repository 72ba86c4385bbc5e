/**
 * What a key press means to the presenter: a pure mapping, so the keyboard, a presentation
 * clicker (which sends PageUp/PageDown or arrows) and the notes window all agree.
 */

export type Command =
	| { kind: 'next' | 'prev' | 'first' | 'last' | 'enter' | 'erase' | 'escape' | 'fullscreen' | 'notes' }
	| { kind: 'digit'; digit: number };

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

export function commandFor(press: KeyPress, target: KeyTarget): Command | null {
	// Modified keys belong to the browser and the system (Ctrl+R, Cmd+ArrowLeft, Alt+Tab...).
	if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing) return null;
	if (target === 'text-field') return null;
	const { key } = press;
	if (target === 'control' && (key === 'Enter' || key === ' ')) return null;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return { kind: 'next' };
		case ' ':
			return { kind: press.shiftKey ? 'prev' : 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return { kind: 'prev' };
		case 'Home':
			return { kind: 'first' };
		case 'End':
			return { kind: 'last' };
		case 'Enter':
			return { kind: 'enter' };
		case 'Backspace':
			return { kind: 'erase' };
		case 'Escape':
			return { kind: 'escape' };
		case 'f':
		case 'F':
			return { kind: 'fullscreen' };
		case 'n':
		case 'N':
			return { kind: 'notes' };
	}
	if (/^[0-9]$/.test(key)) return { kind: 'digit', digit: Number(key) };
	return null;
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
