import { describe, expect, it } from 'vitest';
import { paintFirst } from './paint-first';

/** The shape SvelteKit 2 gives a prerendered page: preloads in the head, the start-up at the end of the body. */
const page = `<!doctype html>
<html lang="en">
	<head>
		<link href="/_app/immutable/entry/start.A.js" rel="modulepreload">
		<link href="/_app/immutable/chunks/B.js" rel="modulepreload">
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

describe('paintFirst', () => {
	it('takes the module preloads out of the head and adds them, in order, once the first frame is painted', () => {
		const html = paintFirst(page);
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head).not.toContain('modulepreload');
		const script = html.slice(html.indexOf('<script>'));
		expect(script).toContain('["/_app/immutable/entry/start.A.js","/_app/immutable/chunks/B.js"]');
		expect(script.indexOf('observe({ type: "paint"')).toBeLessThan(script.indexOf('Promise.all(['));
		expect(script.indexOf('rel: "modulepreload"')).toBeLessThan(script.indexOf('Promise.all(['));
	});

	it('starts the app exactly as SvelteKit wrote it, after the wait', () => {
		expect(paintFirst(page)).toMatch(
			/\.then\(\(\) => \{[^]*return Promise\.all\(\[\s*import\("\/_app\/immutable\/entry\/start\.A\.js"\),\s*import\("\/_app\/immutable\/entry\/app\.C\.js"\)\s*\]\); \}\)\.then\(\(\[kit, app\]\) => \{\s*kit\.start\(app, element/
		);
	});

	it('leaves a page without client-side code as it is', () => {
		const plain = '<html><head><title>x</title></head><body><p>words</p></body></html>';
		expect(paintFirst(plain)).toBe(plain);
	});

	it('fails the build when SvelteKit starts its app some other way', () => {
		const changed = page.replace('Promise.all([', 'Promise.allSettled([');
		expect(() => paintFirst(changed)).toThrow(/paint-first: SvelteKit's start-up script no longer matches/);
	});
});
