import { describe, expect, it } from 'vitest';
import { stepAtLine } from './trigger';

describe('stepAtLine', () => {
	const tops = [100, 900, 1700];
	it('is the last card the line has reached: none before the first, nor a card that is not there', () => {
		expect(stepAtLine(tops, 950)).toBe(1);
		expect(stepAtLine(tops, 1700)).toBe(2);
		expect(stepAtLine(tops, 99999)).toBe(2);
		expect(stepAtLine(tops, -50)).toBe(-1);
		expect(stepAtLine([100, Infinity], 500)).toBe(0);
	});
});
