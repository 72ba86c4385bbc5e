import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const file = createRequire(import.meta.url).resolve('d3-interpolate');

describe('patches/d3-interpolate+3.0.2.patch (its top-level interpolator factories are pure)', () => {
	// The unused ones (zoom, hsl, hcl, cubehelix) otherwise stay in the story's JavaScript: 0.5 KB gzipped.
	it.each(['zoom = /*#__PURE__*/', 'hsl_default = /*#__PURE__*/', 'cubehelixLong = /*#__PURE__*/'])(
		'is applied to the file Vite bundles (%s)',
		(patched) => {
			expect(
				readFileSync(file, 'utf8'),
				`patches/d3-interpolate+3.0.2.patch no longer applies to ${file}: run npx patch-package, or update the patch`
			).toContain(patched);
		}
	);
});
