import { describe as group, expect, it } from 'vitest';
import { graphicTexts } from '$lib/graphics/build.server';
import { describe } from './describe';

group('describe', () => {
	const texts = graphicTexts('en');

	it("gives a drawn graphic state's text alternative", () => {
		expect(describe(texts, 'gdp', 'collapse')).toBe(texts.gdp.describe.collapse);
	});

	it('gives nothing for a graphic without words or an unknown state', () => {
		expect(describe(texts, 'pie', 'region')).toBeNull();
		expect(describe(texts, 'gdp', 'nope')).toBeNull();
		expect(describe(texts, '__proto__', 'toString')).toBeNull();
		expect(describe(texts, 'gdp', 'constructor')).toBeNull();
	});
	it('gives the lead sentence of a state described as a lead and a list (the map)', () => {
		const texts = graphicTexts('en');
		expect(describe(texts, 'map', 'buildup')).toBe(texts.map.describe.buildup.lead);
	});
});
