import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOTION_KEY, parseMotionOff, parseTheme, THEME_KEY } from './preferences';

/** The script in app.html that applies stored choices before the first paint. */
const inlineScript = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))![1]!;

/** Runs the inline script against a given storage and system theme: what it put on <html>, and its tap handler. */
function runInline(storage: Partial<Storage>, systemDark = false) {
	const dataset: Record<string, string> = {};
	let onClick = (event: { target: unknown }): void => void event;
	const document = {
		documentElement: { dataset },
		addEventListener: (_type: string, listener: typeof onClick) => (onClick = listener)
	};
	new Function('document', 'localStorage', 'matchMedia', inlineScript)(document, storage, () => ({
		matches: systemDark
	}));
	return { dataset, tap: (target: unknown) => onClick({ target }) };
}

/** A tap inside a switch (the button of that class), or elsewhere; records the button's attributes. */
function tapTarget(button: 'theme-switch' | 'motion-switch' | null) {
	const attributes: Record<string, string> = {};
	const found = button && {
		classList: { contains: (name: string) => name === button },
		setAttribute: (name: string, value: unknown) => (attributes[name] = String(value))
	};
	return { target: { closest: () => found }, attributes };
}

const storageOf = (values: Record<string, string>) => ({
	getItem: (key: string) => values[key] ?? null,
	setItem: (key: string, value: string) => void (values[key] = value),
	removeItem: (key: string) => void delete values[key]
});

describe('stored choices', () => {
	it('accept only the values they know', () => {
		expect(parseTheme('dark')).toBe('dark');
		expect(parseTheme('light')).toBe('light');
		for (const bad of [null, '', 'DARK', 'dark ', '{"theme":"dark"}', 1, undefined])
			expect(parseTheme(bad)).toBeNull();
		expect(parseMotionOff('off')).toBe(true);
		for (const bad of [null, 'on', 'OFF', 'true', 0]) expect(parseMotionOff(bad)).toBe(false);
	});
});

describe('the inline script in app.html', () => {
	it('applies the stored theme and motion before the page wakes up', () => {
		expect(runInline(storageOf({ [THEME_KEY]: 'dark', [MOTION_KEY]: 'off' })).dataset).toEqual({
			theme: 'dark',
			motion: 'off'
		});
		expect(runInline(storageOf({ [THEME_KEY]: 'light' })).dataset).toEqual({ theme: 'light' });
	});

	it('ignores corrupt values, as the switches do', () => {
		const { dataset } = runInline(storageOf({ [THEME_KEY]: '<img src=x>', [MOTION_KEY]: 'maybe' }));
		expect(dataset).toEqual({});
		expect(parseTheme(dataset.theme)).toBeNull();
	});

	it('throws nothing when storage refuses access', () => {
		const refusing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		const { dataset, tap } = runInline(refusing);
		expect(dataset).toEqual({});
		expect(() => tap(tapTarget('theme-switch').target)).not.toThrow();
		expect(dataset.theme).toBe('dark');
	});

	it('switches from the state showing and remembers it, forgetting motion when it is on again', () => {
		const stored: Record<string, string> = {};
		const { dataset, tap } = runInline(storageOf(stored));
		const states = () => [dataset.theme, stored[THEME_KEY], dataset.motion, stored[MOTION_KEY]];
		const [theme, motion] = [tapTarget('theme-switch'), tapTarget('motion-switch')];
		tap(theme.target);
		tap(motion.target);
		expect(states()).toEqual(['dark', 'dark', 'off', 'off']);
		expect([theme.attributes['aria-pressed'], motion.attributes['aria-pressed']]).toEqual(['true', 'true']);
		tap(theme.target);
		tap(motion.target);
		expect(states()).toEqual(['light', 'light', undefined, undefined]);
		expect([theme.attributes['aria-pressed'], motion.attributes['aria-pressed']]).toEqual(['false', 'false']);
		// Under a dark system theme, with nothing stored, the first tap picks light.
		const dark = runInline(storageOf({}), true);
		dark.tap(tapTarget('theme-switch').target);
		expect(dark.dataset.theme).toBe('light');
	});

	it('leaves a tap anywhere else alone', () => {
		const { dataset, tap } = runInline(storageOf({}));
		tap(tapTarget(null).target);
		tap({});
		expect(dataset).toEqual({});
	});
});
