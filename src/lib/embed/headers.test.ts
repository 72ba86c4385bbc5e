/** The response headers the build writes, as either kind of host merges them. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFile, headersFor, inlineScriptHashes, parseHeaders } from '../../../scripts/headers.js';

const FULL = ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'"];
const sha = (text: string) => createHash('sha256').update(text).digest('base64');

describe('the _headers file', () => {
	for (const base of ['', '/news/maduro'])
		for (const merge of ['last', 'join'] as const) {
			const rules = parseHeaders(
				headersFile({
					base,
					pages: [
						'/',
						'/es/',
						'/present/',
						'/present/notes/',
						'/embed/',
						'/embed/gdp/',
						'/es/embed/story/',
						'/s/*'
					].map((path) => ({ path, hashes: ['abc=', 'xyz='] })),
					embeds: ['/embed/', '/es/embed/'],
					files: ['/embed.js']
				})
			);
			const at = (path: string) => headersFor(rules, `${base}${path}`, merge);

			describe(`under "${base || '/'}", merged by ${merge}`, () => {
				it('gives every page and every embed the whole policy, with no inline script but by hash', () => {
					for (const path of [
						'/',
						'/es/',
						'/present/',
						'/s/gdp-collapse/',
						'/embed/',
						'/embed/gdp/',
						'/es/embed/story/'
					]) {
						const csp = at(path)['content-security-policy']!;
						for (const policy of csp.split(', ')) {
							for (const directive of FULL) expect(policy, path).toContain(directive);
							expect(policy, path).toMatch(/script-src 'self' 'sha256-abc=' 'sha256-xyz='(;|$)/);
							expect(policy, path).not.toContain("unsafe-inline'; style");
							expect(policy, path).not.toMatch(/script-src[^;]*unsafe-inline/);
						}
					}
				});

				it('lets any site frame the embeds, and only them', () => {
					for (const path of ['/embed/gdp/', '/es/embed/story/']) {
						expect(at(path)['content-security-policy'], path).toMatch(/; frame-ancestors \*$/);
						expect(at(path)['cross-origin-resource-policy'], path).toBe('cross-origin');
					}
					for (const path of ['/', '/es/', '/present/', '/present/notes/', '/embed/']) {
						expect(at(path)['content-security-policy'], path).not.toContain('frame-ancestors');
						expect(at(path)['x-frame-options'], path).toBe('SAMEORIGIN');
					}
				});

				it('lets other sites load the loader, and sends no policy with files that are not pages', () => {
					expect(at('/embed.js')['cross-origin-resource-policy']).toBe('cross-origin');
					expect(at('/_app/immutable/entry/start.js')['content-security-policy']).toBeUndefined();
				});

				it('lets a sandboxed frame (an opaque origin) load the shared modules, once, and nothing else loosened', () => {
					for (const file of ['/_app/immutable/entry/start.js', '/_app/immutable/assets/0.css']) {
						// Joined twice, `*, *` would be no origin at all: one rule sets it.
						expect(at(file)['access-control-allow-origin'], file).toBe('*');
						expect(at(file)['x-frame-options'], file).toBe('SAMEORIGIN');
					}
					for (const path of ['/', '/embed/gdp/', '/es/embed/story/', '/map/base.svg'])
						expect(at(path)['access-control-allow-origin'], path).toBeUndefined();
				});
			});
		}

	it('hashes executable inline scripts as the browser does, and nothing else', () => {
		const html =
			'<script>a()</script><script type="module">b()\r\n</script><script src="/x.js"></script>' +
			'<script type="application/ld+json">{}</script>';
		expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()\n')]);
	});
});

describe('BASE_PATH', () => {
	/** What loading svelte.config.js says of each BASE_PATH: null, or the error that stops the build. */
	function verdicts(bases: string[]): (string | null)[] {
		const script = `const out = [];
			for (const [i, base] of ${JSON.stringify(bases)}.entries()) {
				process.env.BASE_PATH = base;
				out.push(await import('./svelte.config.js?' + i).then(() => null, (e) => e.message));
			}
			console.log(JSON.stringify(out));`;
		return JSON.parse(
			execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
		);
	}

	it('accepts a path of plain segments, and fails the build with a clear message on anything else', () => {
		const good = ['/graphics/maduro', '/a.b_c-d/x1', '/.well-known'];
		const bad = ['/a/', 'a', '/a b', '/a/../b', '/..', '/a"b', '/a//b', '/é', "/a'b", '/a;b', '/a*', '/a\nb'];
		const results = verdicts([...good, ...bad]);
		expect(results.slice(0, good.length)).toEqual(good.map(() => null));
		for (const [i, base] of bad.entries())
			expect(results[good.length + i], base).toMatch(/^BASE_PATH must look like "\/some\/path"/);
	}, 30_000); // one Node process loading the config fifteen times
});
