/**
 * A Vite plugin that swaps two modules the story never runs for stubs in the browser build, and
 * checks the built bundle: the build fails if a stub is no longer used (remove it) or if the real
 * module's code reached the bundle some other way. The stubs throw if ever called, which the e2e
 * tests' page-error check catches. The server build (prerendering, share images) keeps the real
 * modules. Measured savings: docs/hydration.md.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

interface Unreachable {
	/** The import this stub answers. */
	module: string;
	stub: string;
	/** A string found in the stub's code, and one found in the real module's. */
	stubMarker: string;
	realMarker: string;
	why: string;
}

export const UNREACHABLE: readonly Unreachable[] = [
	{
		module: 'd3-format',
		stub: 'd3-format.js',
		stubMarker: 'd3-format is not in the browser build',
		realMarker: 'invalid format: ',
		why: 'd3-scale imports it only for scale.tickFormat(); numbers are formatted with Intl ($lib/data/format)'
	},
	{
		module: 'd3-color',
		stub: 'd3-color.js',
		stubMarker: 'd3-color is not in the browser build',
		realMarker: 'aliceblue',
		why: 'd3-interpolate calls it only for colour strings; every scale here maps numbers to numbers'
	}
];

/**
 * What is wrong with a client bundle, given its chunks' code: a stub nothing uses any more, or a
 * real module's code present. Empty when all is well.
 */
export function bundleProblems(code: readonly string[]): string[] {
	const has = (marker: string) => code.some((c) => c.includes(marker));
	return UNREACHABLE.flatMap(({ stub, stubMarker, realMarker, why }) => [
		...(has(stubMarker) ? [] : [`the stub ${stub} is no longer in the browser build: remove it`]),
		...(has(realMarker) ? [`the real module behind ${stub} reached the browser build (${why})`] : [])
	]);
}

export function unreachableModules(): Plugin {
	const client = (consumer: string | undefined) => consumer === 'client';
	return {
		name: 'unreachable-modules',
		enforce: 'pre',
		apply: 'build',
		resolveId(source) {
			if (!client(this.environment?.config.consumer)) return null;
			const found = UNREACHABLE.find((u) => u.module === source);
			return found ? fileURLToPath(new URL(`./stubs/${found.stub}`, import.meta.url)) : null;
		},
		generateBundle(_, bundle) {
			if (!client(this.environment?.config.consumer)) return;
			const code = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file.code] : []));
			const problems = bundleProblems(code);
			if (problems.length > 0) this.error(`unreachable-modules (tooling/): ${problems.join('; ')}`);
		}
	};
}
