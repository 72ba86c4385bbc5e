/**
 * The reader's two remembered choices, as stored in localStorage and mirrored on <html> as
 * `data-theme` and `data-motion`. The inline script in src/app.html applies them before the
 * first paint; it repeats these keys and values, and preferences.test.ts holds the two together.
 */
export const THEME_KEY = 'maduro:theme';
export const MOTION_KEY = 'maduro:motion';

export type Theme = 'light' | 'dark';

/** A stored theme, or null for anything else: nothing stored, a corrupt value, a value from elsewhere. */
export function parseTheme(value: unknown): Theme | null {
	return value === 'light' || value === 'dark' ? value : null;
}

/** Motion is off only when the reader said so; any other stored value leaves it on. */
export function parseMotionOff(value: unknown): boolean {
	return value === 'off';
}

/** Reads a key, or null where storage is missing or refuses access (private modes, blocked cookies). */
export function readStored(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Writes (or, with null, forgets) a key; a full or forbidden storage only means the choice is not remembered. */
export function writeStored(key: string, value: string | null): void {
	try {
		if (value === null) globalThis.localStorage?.removeItem(key);
		else globalThis.localStorage?.setItem(key, value);
	} catch {
		// Not remembered across visits; the choice still applies to this page.
	}
}
