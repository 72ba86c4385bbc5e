/**
 * A Vite plugin that keeps three unreachable modules out of the browser build, where every byte
 * counts against the story's 60 KiB JavaScript budget (about 6 KiB gzipped between them):
 * - d3-format, which d3-scale's single-file bundle pulls in only for `scale.tickFormat()`. The
 *   project formats every number with Intl ($lib/data/format) and never calls tickFormat.
 * - d3-color, which d3-interpolate calls only to interpolate colour strings. Every scale here
 *   maps numbers to numbers (LayerCake's percentRange); colours are CSS custom properties.
 * - LayerCake's debug printer, used only with `debug` on.
 * The stubs throw if ever reached; src/lib/build-guard.test.ts fails if code starts to need them.
 * The server build (prerendering, share images) keeps the real modules.
 */
import { fileURLToPath } from 'node:url';

/** @param {string} name */
const stub = (name) => fileURLToPath(new URL(`./stubs/${name}`, import.meta.url));

/** @returns {import('vite').Plugin} */
export function unreachableModules() {
	return {
		name: 'unreachable-modules',
		enforce: 'pre',
		apply: 'build',
		resolveId(source, importer) {
			if (this.environment?.config.consumer !== 'client') return null;
			if (source === 'd3-format') return stub('d3-format.js');
			if (source === 'd3-color') return stub('d3-color.js');
			if (source === './helpers/printDebug.js' && importer?.includes('/layercake/')) {
				return stub('layercake-print-debug.js');
			}
			return null;
		}
	};
}
