import { describe, expect, it } from 'vitest';
import { autoAdvanceMs, MAX_AUTO_SECONDS, MIN_AUTO_SECONDS } from './kiosk';

describe('the kiosk interval', () => {
	it('reads seconds', () => {
		expect(autoAdvanceMs('8')).toBe(8000);
		expect(autoAdvanceMs('7.5')).toBe(7500);
		expect(autoAdvanceMs(' 12 ')).toBe(12000);
	});

	it('clamps intervals too short or too long', () => {
		expect(autoAdvanceMs('0.2')).toBe(MIN_AUTO_SECONDS * 1000);
		expect(autoAdvanceMs('99999999')).toBe(MAX_AUTO_SECONDS * 1000);
		expect(autoAdvanceMs('1e400')).toBe(MAX_AUTO_SECONDS * 1000);
	});

	it('ignores values that are not a positive number', () => {
		for (const raw of [null, '', 'abc', '-5', '0', 'NaN', 'Infinity', '5s', '0x10', '1,5', '--1'])
			expect(autoAdvanceMs(raw)).toBeNull();
	});
});
