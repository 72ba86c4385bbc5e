import { describe, expect, it } from 'vitest';
import { startAfterPaint } from './start-after-paint.server';

/** The start-up script SvelteKit 2 writes at the end of a prerendered page's body. */
const page = `<!doctype html>
<html lang="en">
	<head>
		<title>Story</title>
	</head>
	<body>
		<div style="display: contents"><h1>Story</h1>
			<script>
				{
					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.A.js"),
						import("/_app/immutable/entry/app.C.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2] });
					});
				}
			</script>
		</div>
	</body>
</html>`;

/** What SvelteKit does with `preload` for a page with these modules and this stylesheet, then the HTML. */
function rendered(html = page): { links: string[]; html: string } {
	const { preload, transform } = startAfterPaint();
	const links = [
		{ type: 'js' as const, path: '/_app/immutable/entry/start.A.js' },
		{ type: 'js' as const, path: '/_app/immutable/chunks/B.js' },
		{ type: 'css' as const, path: '/_app/immutable/assets/0.css' }
	]
		.filter(preload)
		.map((l) => l.path);
	return { links, html: transform(html) };
}

describe('startAfterPaint', () => {
	it('keeps module preloads out of the head and adds them, in order, once the first frame is painted', () => {
		const { links, html } = rendered();
		expect(links).toEqual(['/_app/immutable/assets/0.css']);
		const script = html.slice(html.indexOf('<script>'));
		expect(script).toContain('["/_app/immutable/entry/start.A.js","/_app/immutable/chunks/B.js"]');
		expect(script.indexOf('observe({ type: "paint"')).toBeLessThan(script.indexOf('Promise.all(['));
		expect(script.indexOf('rel: "modulepreload"')).toBeLessThan(script.indexOf('Promise.all(['));
	});

	it('starts the app exactly as SvelteKit wrote it, after the wait', () => {
		expect(rendered().html).toMatch(
			/\.then\(\(\) => \{[^]*return Promise\.all\(\[\s*import\("\/_app\/immutable\/entry\/start\.A\.js"\),\s*import\("\/_app\/immutable\/entry\/app\.C\.js"\)\s*\]\); \}\)\.then\(\(\[kit, app\]\) => \{\s*kit\.start\(app, element/
		);
	});

	it('leaves a page without client-side code as it is', () => {
		const plain = '<html><head><title>x</title></head><body><p>words</p></body></html>';
		expect(rendered(plain).html).toBe(plain);
	});

	it('fails the build when SvelteKit starts its app some other way', () => {
		const changed = page.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => rendered(changed)).toThrow(
			/start-after-paint: SvelteKit's start-up script no longer matches/
		);
	});
});
