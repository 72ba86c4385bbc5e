/**
 * The reader's two remembered choices, as stored in localStorage and mirrored on <html> as
 * `data-theme` and `data-motion`. The inline script in src/app.html applies them before the
 * first paint and writes them when the reader taps a switch; it repeats these keys and values,
 * and preferences.test.ts holds the two together.
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
