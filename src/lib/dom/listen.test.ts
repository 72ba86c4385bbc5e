import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** The events Svelte 5 delegates when a component writes `on<event>={...}`. */
const DELEGATED = [
	'beforeinput',
	'click',
	'change',
	'dblclick',
	'contextmenu',
	'focusin',
	'focusout',
	'input',
	'keydown',
	'keyup',
	'mousedown',
	'mousemove',
	'mouseout',
	'mouseover',
	'mouseup',
	'pointerdown',
	'pointermove',
	'pointerout',
	'pointerover',
	'pointerup',
	'touchend',
	'touchmove',
	'touchstart'
];

function components(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return components(path);
		return name.endsWith('.svelte') ? [path] : [];
	});
}

it('no component listens through a delegated event attribute: listen() instead', () => {
	const attribute = new RegExp(`(\\son(${DELEGATED.join('|')})\\s*=|\\{on(${DELEGATED.join('|')})\\})`);
	const found = components('src').filter((path) => attribute.test(readFileSync(path, 'utf8')));
	expect(found).toEqual([]);
});
