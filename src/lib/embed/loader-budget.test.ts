/**
 * The loader a host page adds, static/embed.js, stays small: at most 2 KB gzip -9. (That the site
 * serves this very file, byte for byte, is checked end to end in tests/e2e/headers.spec.ts.)
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const LOADER_BUDGET = 2 * 1024;

it('the embed loader is at most 2 KB gzipped', () => {
	const body = readFileSync('static/embed.js');
	const size = gzipSync(body, { level: 9 }).length;
	expect(body.length).toBeGreaterThan(0);
	expect(size).toBeLessThanOrEqual(LOADER_BUDGET);
});
