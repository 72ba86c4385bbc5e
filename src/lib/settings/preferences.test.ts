import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MOTION_KEY, parseMotionOff, parseTheme, readStored, THEME_KEY, writeStored } from './preferences';

/** The script in app.html that applies stored choices before the first paint. */
const inlineScript = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))![1]!;

/** Runs the inline script against a given storage; returns what it put on <html>. */
function runInline(storage: Pick<Storage, 'getItem'>): Record<string, string> {
	const dataset: Record<string, string> = {};
	new Function('document', 'localStorage', inlineScript)({ documentElement: { dataset } }, storage);
	return dataset;
}

const storageOf = (values: Record<string, string>) => ({ getItem: (key: string) => values[key] ?? null });

afterEach(() => vi.unstubAllGlobals());

describe('stored choices', () => {
	it('accept only the values they know', () => {
		expect(parseTheme('dark')).toBe('dark');
		expect(parseTheme('light')).toBe('light');
		for (const bad of [null, '', 'DARK', 'dark ', '{"theme":"dark"}', 1, undefined])
			expect(parseTheme(bad)).toBeNull();
		expect(parseMotionOff('off')).toBe(true);
		for (const bad of [null, 'on', 'OFF', 'true', 0]) expect(parseMotionOff(bad)).toBe(false);
	});

	it('read and write safely when storage refuses access', () => {
		const refusing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
			removeItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		vi.stubGlobal('localStorage', refusing);
		expect(readStored(THEME_KEY)).toBeNull();
		expect(() => writeStored(THEME_KEY, 'dark')).not.toThrow();
		expect(() => writeStored(MOTION_KEY, null)).not.toThrow();
	});
});

describe('the inline script in app.html', () => {
	it('applies the stored theme and motion before the page wakes up', () => {
		expect(runInline(storageOf({ [THEME_KEY]: 'dark', [MOTION_KEY]: 'off' }))).toEqual({
			theme: 'dark',
			motion: 'off'
		});
		expect(runInline(storageOf({ [THEME_KEY]: 'light' }))).toEqual({ theme: 'light' });
	});

	it('ignores corrupt values, as the switches do', () => {
		const dataset = runInline(storageOf({ [THEME_KEY]: '<img src=x>', [MOTION_KEY]: 'maybe' }));
		expect(dataset).toEqual({});
		expect(parseTheme(dataset.theme)).toBeNull();
	});

	it('throws nothing when storage refuses access', () => {
		const refusing = {
			getItem: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		};
		expect(runInline(refusing)).toEqual({});
	});
});
