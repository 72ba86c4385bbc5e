import { describe, expect, it } from 'vitest';
import { factText } from './facts';

const nb = (text: string) => text.replace(/\s/g, ' ');

describe('the figures the copy cites', () => {
	it('agree in Spanish with what they count', () => {
		expect(factText('deploy.fordAircraft', 'es')).toBe('unas 70');
		expect(nb(factText('emigration.share', 'es'))).toBe('alrededor de un 25 %');
	});

	it('state the recovery as a change, not as the same fall', () => {
		expect([factText('gdp.troughIndex', 'en'), factText('gdp.reboundIndex', 'en')]).toEqual(['26.5', '28.5']);
		expect(factText('gdp.latestShortfall', 'en')).toBe('more than two-thirds');
	});

	it('date the story and what came after from one module', () => {
		expect(factText('story.asOf', 'en')).toBe('December 2, 2025');
		expect(factText('after.capture', 'en')).toBe('January 3, 2026');
		expect(factText('after.coveredUntil', 'es')).toBe('27 de febrero de 2026');
		expect(factText('tenure.finalLength', 'en')).toBe('12 years and 9 months');
	});
});
