import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file that ships to the browser. */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(svelte|ts|js)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

describe('what the browser build leaves out (scripts/unreachable-modules.js)', () => {
	const files = sources('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

	it('nothing formats numbers with d3-format or a scale’s tickFormat', () => {
		for (const { path, text } of files) {
			expect(text, path).not.toMatch(/\btickFormat\s*\(|from ['"]d3-format['"]/);
		}
	});

	it('nothing interpolates colours: no colour ranges on scales, no d3-color or d3-interpolate', () => {
		for (const { path, text } of files) {
			expect(text, path).not.toMatch(/from ['"]d3-(color|interpolate)['"]|\b(c|c2|z|r)Range\s*[=:{]/);
			expect(text, path).not.toMatch(/\.range\(\s*\[\s*['"`]/);
		}
	});

	it('no chart turns on LayerCake’s debug printing', () => {
		for (const { path, text } of files.filter((f) => f.path.endsWith('.svelte'))) {
			expect(text, path).not.toMatch(/<LayerCake[^>]*\bdebug\b/);
		}
	});
});
