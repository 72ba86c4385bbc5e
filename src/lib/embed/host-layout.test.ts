import { describe, expect, it } from 'vitest';
import { pinOffset, triggerLine } from './host-layout';

describe('triggerLine', () => {
	it('puts the host’s trigger line on the iframe’s page', () => {
		// The iframe starts 300 px below the host viewport's top; the line is half-way down 800 px.
		expect(triggerLine({ top: 300, height: 800, width: 1280 }, 0.5)).toBe(100);
		// Scrolled 2000 px past the iframe's top.
		expect(triggerLine({ top: -2000, height: 800, width: 1280 }, 0.5)).toBe(2400);
	});
});

describe('pinOffset', () => {
	it('holds the graphic at the top of the view while the scene passes', () => {
		expect(pinOffset(500, 200, 3000, 800)).toBe(300);
	});
	it('leaves it in place before the scene reaches the top', () => {
		expect(pinOffset(100, 200, 3000, 800)).toBe(0);
	});
	it('stops it at the end of its scene', () => {
		expect(pinOffset(9000, 200, 3000, 800)).toBe(2200);
	});
});
