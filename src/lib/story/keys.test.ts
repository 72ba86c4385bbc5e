import { describe, expect, it } from 'vitest';
import { commandFor, keyTarget, positionFromDigits, typeDigit, type KeyPress } from './keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
	key,
	shiftKey: false,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods
});
const kind = (
	key: string,
	mods: Partial<KeyPress> = {},
	target: 'text-field' | 'control' | 'other' = 'other'
) => commandFor(press(key, mods), target)?.kind ?? null;

describe('the key map', () => {
	it('moves forward on the keys a keyboard or a clicker sends', () => {
		for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) expect(kind(key)).toBe('next');
		expect(kind('Enter')).toBe('enter');
	});

	it('moves back on arrows, PageUp and Shift+Space', () => {
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(kind(key)).toBe('prev');
		expect(kind(' ', { shiftKey: true })).toBe('prev');
	});

	it('knows Home, End, digits, Backspace, Escape, F and N', () => {
		expect(kind('Home')).toBe('first');
		expect(kind('End')).toBe('last');
		expect(commandFor(press('7'), 'other')).toEqual({ kind: 'digit', digit: 7 });
		expect(kind('Backspace')).toBe('erase');
		expect(kind('Escape')).toBe('escape');
		expect(kind('f')).toBe('fullscreen');
		expect(kind('F', { shiftKey: true })).toBe('fullscreen');
		expect(kind('n')).toBe('notes');
	});

	it('leaves keys with Ctrl, Meta or Alt to the browser', () => {
		for (const mod of ['ctrlKey', 'metaKey', 'altKey'] as const) {
			expect(kind('ArrowRight', { [mod]: true })).toBeNull();
			expect(kind('f', { [mod]: true })).toBeNull();
			expect(kind('5', { [mod]: true })).toBeNull();
		}
		expect(kind('ArrowRight', { isComposing: true })).toBeNull();
	});

	it('leaves every key to a text field, and Enter and Space to a focused button', () => {
		for (const key of ['ArrowRight', ' ', 'Enter', 'Home', '3', 'f', 'n'])
			expect(kind(key, {}, 'text-field')).toBeNull();
		expect(kind('Enter', {}, 'control')).toBeNull();
		expect(kind(' ', {}, 'control')).toBeNull();
		expect(kind('ArrowRight', {}, 'control')).toBe('next');
	});

	it('ignores keys it has no use for', () => {
		for (const key of ['a', 'Tab', 'Shift', 'F5', '½', '', 'Dead']) expect(kind(key)).toBeNull();
	});

	it('on a page that scrolls (an embed), takes only the horizontal arrows, Home and End', () => {
		const onPage = (key: string) => commandFor(press(key), 'other', 'page')?.kind ?? null;
		for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) expect(onPage(key)).toBe(kind(key));
		for (const key of ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', ' ', 'Enter', '3', 'f', 'n'])
			expect(onPage(key)).toBeNull();
	});
});

describe('where a key went', () => {
	it('tells text fields, controls and the rest apart', () => {
		expect(keyTarget({ tagName: 'INPUT', type: 'text' })).toBe('text-field');
		expect(keyTarget({ tagName: 'INPUT', type: 'number' })).toBe('text-field');
		expect(keyTarget({ tagName: 'INPUT', type: 'search' })).toBe('text-field');
		expect(keyTarget({ tagName: 'TEXTAREA' })).toBe('text-field');
		expect(keyTarget({ tagName: 'SELECT' })).toBe('text-field');
		expect(keyTarget({ tagName: 'DIV', isContentEditable: true })).toBe('text-field');
		expect(keyTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe('control');
		expect(keyTarget({ tagName: 'BUTTON' })).toBe('control');
		expect(keyTarget({ tagName: 'A' })).toBe('control');
		expect(keyTarget({ tagName: 'BODY' })).toBe('other');
		expect(keyTarget(null)).toBe('other');
	});
});

describe('typing a step number', () => {
	it('builds a number no longer than the last step number', () => {
		expect(typeDigit('', 1, 21)).toBe('1');
		expect(typeDigit('1', 2, 21)).toBe('12');
		expect(typeDigit('12', 3, 21)).toBe('12');
		expect(typeDigit('0', 4, 21)).toBe('4');
	});

	it('reads the digits as a position, clamped to the story', () => {
		expect(positionFromDigits('', 21)).toBeNull();
		expect(positionFromDigits('1', 21)).toBe(0);
		expect(positionFromDigits('12', 21)).toBe(11);
		expect(positionFromDigits('99', 21)).toBe(20);
		expect(positionFromDigits('0', 21)).toBe(0);
		expect(positionFromDigits('1e3', 21)).toBeNull();
		expect(positionFromDigits('-3', 21)).toBeNull();
		expect(positionFromDigits(' 4', 21)).toBeNull();
	});
});
