/**
 * No folder under src/lib imports a folder that imports it: the folders stay layered, so any one
 * of them can be read (and moved) without the ones above it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expect, it } from 'vitest';

const LIB = 'src/lib';
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** The top folder under src/lib that `path` (relative to the repository) lies in, if any. */
function folderOf(path: string): string | undefined {
	const [folder, ...rest] = relative(LIB, path).split('/');
	return rest.length > 0 && folder !== '..' ? folder : undefined;
}

it('has no two folders under src/lib that import each other', () => {
	/** `from → to → one importing file`, for every folder that imports another. */
	const edges = new Map<string, Map<string, string>>();
	for (const entry of readdirSync(LIB, { recursive: true, withFileTypes: true })) {
		// Vitest names failure-screenshot folders after their test files: only files are read.
		if (!entry.isFile() || !/\.(ts|js|svelte)$/.test(entry.name)) continue;
		const file = join(entry.parentPath, entry.name);
		const from = folderOf(file);
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
			const target = specifier!.startsWith('$lib/')
				? join(LIB, specifier!.slice('$lib/'.length))
				: specifier!.startsWith('.')
					? join(dirname(file), specifier!)
					: undefined;
			const to = target && folderOf(target);
			if (!from || !to || to === from) continue;
			if (!edges.has(from)) edges.set(from, new Map());
			if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, file);
		}
	}
	const loops = [...edges].flatMap(([a, targets]) =>
		[...targets]
			.filter(([b]) => a < b && edges.get(b)?.has(a))
			.map(([b, file]) => `${a} ↔ ${b}: ${file} and ${edges.get(b)!.get(a)}`)
	);
	expect(loops).toEqual([]);
});
