import { describe, expect, it } from 'vitest';
import { fitFrame, type Frame } from './fit';

const map = { width: 2000, height: 1400 };
const frame: Frame = [800, 600, 1200, 800];

describe('fitting a frame into a box', () => {
	it('keeps the whole frame in view, with the box’s shape, in a tall box and in a wide one', () => {
		for (const [w, h] of [
			[360, 640],
			[1280, 500]
		] as const) {
			const v = fitFrame(frame, w, h, map);
			expect(v.width / v.height).toBeCloseTo(w / h, 6);
			expect(v.x).toBeLessThanOrEqual(frame[0]);
			expect(v.y).toBeLessThanOrEqual(frame[1]);
			expect(v.x + v.width).toBeGreaterThanOrEqual(frame[2]);
			expect(v.y + v.height).toBeGreaterThanOrEqual(frame[3]);
			expect(v.k).toBeCloseTo(v.width / w, 9);
		}
	});

	it('zooms in as the box grows', () => {
		expect(fitFrame(frame, 800, 600, map).k).toBeLessThan(fitFrame(frame, 400, 300, map).k);
	});

	it('slides back onto the map instead of showing past its edge', () => {
		const v = fitFrame([0, 600, 300, 700], 400, 400, map);
		expect(v.x).toBe(0);
		expect(v.x + v.width).toBeGreaterThanOrEqual(300);
	});

	it('centres a view larger than the map', () => {
		const v = fitFrame([0, 0, 2000, 1400], 100, 1000, map);
		expect(v.x + v.width / 2).toBeCloseTo(1000, 6);
		expect(v.y + v.height / 2).toBeCloseTo(700, 6);
	});

	it('survives a box not yet laid out', () => {
		const v = fitFrame(frame, 0, 0, map);
		expect(Number.isFinite(v.k) && v.k > 0).toBe(true);
	});

	it('fits the frame between the bands an inset covers', () => {
		const inset = { top: 80, bottom: 200 };
		const v = fitFrame(frame, 360, 640, map, inset);
		expect(v.width / v.height).toBeCloseTo(360 / 640, 6);
		// The frame's top and bottom, in box pixels, lie in the open band.
		expect((frame[1] - v.y) / v.k).toBeGreaterThanOrEqual(inset.top);
		expect((frame[3] - v.y) / v.k).toBeLessThanOrEqual(640 - inset.bottom);
		expect(v.k).toBeGreaterThan(fitFrame(frame, 360, 640, map).k - 1e-9);
	});
});
