/**
 * The reader's theme and motion switches, as the page reads them. The inline script in src/app.html
 * owns them: it applies the stored choices before the first paint and handles every tap on a switch,
 * from the first paint on, whether or not this module has loaded. So this follows <html>'s
 * `data-theme` and `data-motion`, and never disagrees with what the reader sees.
 */
import { parseMotionOff, parseTheme, type Theme } from './preferences';

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
		const follow = () => {
			this.chosenTheme = parseTheme(root.dataset.theme);
			this.motionOff = parseMotionOff(root.dataset.motion);
		};
		follow();
		new MutationObserver(follow).observe(root, { attributeFilter: ['data-theme', 'data-motion'] });
		this.#system = systemTheme();
		matchMedia(DARK_QUERY).addEventListener('change', () => (this.#system = systemTheme()));
	}

	get theme(): Theme {
		return this.chosenTheme ?? this.#system;
	}
}

/** One set of switches for the page; on the server it only ever holds the defaults. */
export const settings = new Settings();
