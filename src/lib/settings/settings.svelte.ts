/**
 * The reader's theme and motion switches. The page starts from what the inline script in
 * src/app.html put on <html> before the first paint, so the switches never disagree with it.
 */
import { MOTION_KEY, parseMotionOff, parseTheme, THEME_KEY, writeStored, type Theme } from './preferences';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): Theme {
	return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

class Settings {
	/** The theme the reader chose, or null to follow the system. */
	chosenTheme = $state<Theme | null>(null);
	#system = $state<Theme>('light');
	motionOff = $state(false);

	constructor() {
		if (typeof document === 'undefined') return;
		const root = document.documentElement;
		this.chosenTheme = parseTheme(root.dataset.theme);
		this.motionOff = parseMotionOff(root.dataset.motion);
		this.#system = systemTheme();
		matchMedia(DARK_QUERY).addEventListener('change', () => (this.#system = systemTheme()));
	}

	get theme(): Theme {
		return this.chosenTheme ?? this.#system;
	}

	/** Picks the other theme and remembers it. */
	toggleTheme(): void {
		const next: Theme = this.theme === 'dark' ? 'light' : 'dark';
		this.chosenTheme = next;
		document.documentElement.dataset.theme = next;
		writeStored(THEME_KEY, next);
	}

	toggleMotion(): void {
		this.motionOff = !this.motionOff;
		const root = document.documentElement;
		if (this.motionOff) root.dataset.motion = 'off';
		else delete root.dataset.motion;
		writeStored(MOTION_KEY, this.motionOff ? 'off' : null);
	}
}

/** One set of switches for the page; on the server it only ever holds the defaults. */
export const settings = new Settings();
