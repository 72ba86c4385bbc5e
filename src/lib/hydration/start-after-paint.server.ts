/**
 * The page paints its server-rendered words before it fetches or runs any JavaScript.
 *
 * By default SvelteKit writes a `<link rel="modulepreload">` per module into the head and starts
 * hydration from an inline script at the end of the body, so where scripts arrive fast the browser
 * downloads and runs them before its first paint, and on a slow network they compete with the HTML.
 * Here `preload` (SvelteKit's `resolve` option) keeps the links out of the head and collects their
 * modules; the start-up script then waits for the first frame to be painted, adds the same
 * preloads, and starts the app exactly as SvelteKit wrote it. Measured gain: docs/hydration.md.
 */
import type { ResolveOptions } from '@sveltejs/kit';

/** The start-up script's imports of its entry modules; its `.then(...)` that starts the app follows. */
const START = /Promise\.all\(\[\s*import\([\s\S]*?\]\)/;

/** Options for one page's `resolve(event, ...)`: `transform` rewrites its HTML. */
export function startAfterPaint(): Required<Pick<ResolveOptions, 'preload'>> & {
	transform: (html: string) => string;
} {
	const modules: string[] = [];
	return {
		preload: ({ type, path }) => {
			if (type !== 'js') return true;
			modules.push(path);
			return false;
		},
		transform: (html) => {
			// Pages without client-side code have no start-up script.
			if (!html.includes('kit.start(')) return html;
			const start = html.match(START);
			if (!start) {
				// Silently keeping SvelteKit's order would quietly lose the first paint: fail the build.
				throw new Error(
					"start-after-paint: SvelteKit's start-up script no longer matches; update src/lib/hydration/start-after-paint.server.ts"
				);
			}
			// The browser's own report of the first paint: unlike animation frames and timers, test
			// clocks do not hold it back. Where no frame is drawn (a hidden tab, an embed's frame scrolled
			// out of sight) or paints are not reported, the wait is half a second at most, or none.
			const afterPaint =
				'new Promise((painted) => { if (document.hidden || !PerformanceObserver.supportedEntryTypes?.includes("paint")) return painted(); ' +
				'new PerformanceObserver((_, seen) => { seen.disconnect(); painted(); }).observe({ type: "paint", buffered: true }); setTimeout(painted, 500); })' +
				`.then(() => { for (const href of ${JSON.stringify(modules)}) document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href })); return ${start[0]}; })`;
			return html.replace(START, () => afterPaint);
		}
	};
}
