import resvg from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { qrSvg, storyUrl } from './qr.server';

describe('the audience code', () => {
	test.each([
		['http://127.0.0.1:4173', 'en', 'http://127.0.0.1:4173/'],
		['https://graphics.example.com/news/maduro', 'es', 'https://graphics.example.com/news/maduro/es/']
	] as const)('from %s in %s, it decodes to %s', (root, locale, expected) => {
		const url = storyUrl(root, locale);
		expect(url).toBe(expected);
		// Drawn as the slides draw it, then read back by a decoder, as a phone would.
		const image = new resvg.Resvg(qrSvg(url, 330)).render();
		const read = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
		expect(read?.data).toBe(url);
	});
});
