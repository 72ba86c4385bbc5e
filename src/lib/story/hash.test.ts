import { describe, expect, it } from 'vitest';
import { hashForStep, stepIdFromHash } from './hash';

describe('step links', () => {
	it('reads the step id a hash names', () => {
		expect(stepIdFromHash('#step-gdp-collapse')).toBe('gdp-collapse');
		expect(stepIdFromHash(hashForStep('gdp-collapse'))).toBe('gdp-collapse');
	});

	it('tells other anchors apart from step links', () => {
		expect(stepIdFromHash('')).toBeNull();
		expect(stepIdFromHash('#source-mpd')).toBeNull();
		expect(stepIdFromHash('#step')).toBeNull();
	});

	it('reads hostile or broken hashes as an unknown step, without throwing', () => {
		expect(stepIdFromHash('#step-%E0%A4%A')).toBe('');
		expect(stepIdFromHash('#step-%3Cimg%20src%3Dx%3E')).toBe('<img src=x>');
	});
});
