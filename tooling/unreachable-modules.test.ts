import { describe, expect, it } from 'vitest';
import { bundleProblems, UNREACHABLE } from './unreachable-modules';

// The check itself runs on every browser build (generateBundle) and fails it; here, what it reports.
describe('the browser build check of unreachable-modules', () => {
	const stubs = UNREACHABLE.map((u) => `throw new Error("${u.stubMarker}")`);

	it('passes a bundle with every stub and none of the real modules', () => {
		expect(bundleProblems(stubs)).toEqual([]);
	});

	it('names a stub nothing uses any more', () => {
		expect(bundleProblems(stubs.slice(1))).toEqual([
			'the stub d3-format.js is no longer in the browser build: remove it'
		]);
	});

	it('names a real module that reached the bundle', () => {
		expect(bundleProblems([...stubs, 'const named = { aliceblue: 15792383 };'])).toEqual([
			'the real module behind d3-color.js reached the browser build (d3-interpolate calls it only for colour strings; every scale here maps numbers to numbers)'
		]);
	});
});
