import { describe, expect, it } from 'vitest';
import { palette } from '$lib/graphics/common/card';
import { TONE_COLOUR } from './marks';

describe('the share cards’ palette', () => {
	it('is read from the page’s light theme, a colour for every tone', () => {
		for (const [tone, name] of Object.entries(TONE_COLOUR))
			expect(palette[name], tone).toMatch(/^(#[0-9a-f]{6}|rgba\(\d+, \d+, \d+, [\d.]+\))$/);
		expect(palette.bg).not.toBe(palette.text);
	});
});
