/**
 * The page paints its server-rendered words before it fetches or runs any JavaScript.
 *
 * SvelteKit puts a `<link rel="modulepreload">` per module in the head and starts hydration from
 * an inline script at the end of the body. Where the scripts are quick to arrive (a warm cache, a
 * fast network), the browser downloads and runs them before its first paint, and the reader waits
 * for hydration to see text that was already in the HTML; on a slow network the preloads compete
 * with the HTML for bandwidth. Here the preloads and the start-up imports wait for the first frame
 * to be painted, then run exactly as SvelteKit wrote them.
 */

/** SvelteKit 2's preload links, as it writes them into the head. */
const PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;
/** The start-up script's imports of its entry modules; its `.then(...)` that starts the app follows. */
const START = /Promise\.all\(\[\s*import\([\s\S]*?\]\)/;

export function paintFirst(html: string): string {
	// Pages without client-side code have no start-up script.
	if (!html.includes('kit.start(')) return html;
	const start = html.match(START);
	if (!start) {
		// Silently keeping SvelteKit's order would quietly lose the first paint: fail the build.
		throw new Error(
			"paint-first: SvelteKit's start-up script no longer matches; update src/lib/server/paint-first.ts"
		);
	}
	const modules = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
	// The browser's own report of the first paint: unlike animation frames and timers, test
	// clocks do not hold it back. Where no frame is drawn (a hidden tab, an embed's frame scrolled
	// out of sight) or paints are not reported, the wait is half a second at most, or none.
	const afterPaint =
		'new Promise((painted) => { if (document.hidden || !PerformanceObserver.supportedEntryTypes?.includes("paint")) return painted(); ' +
		'new PerformanceObserver((_, seen) => { seen.disconnect(); painted(); }).observe({ type: "paint", buffered: true }); setTimeout(painted, 500); })' +
		`.then(() => { for (const href of ${JSON.stringify(modules)}) document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href })); return ${start[0]}; })`;
	return html.replace(PRELOAD, '').replace(START, () => afterPaint);
}
