/**
 * Framing: the map's viewBox for a frame (the area a state must show) in a box of any shape.
 * Pure and tiny, so it runs in the browser on every tween frame and every resize.
 */

/** Map units, west to east and north to south: [x0, y0, x1, y1]. */
export type Frame = readonly [number, number, number, number];

export interface View {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Map units per CSS pixel: marks and labels scale by it to keep their screen size. */
	k: number;
}

/**
 * The size the server draws for, before a browser has measured anything. Without JavaScript the
 * map keeps this shape at any width, so what is drawn here is what is read.
 */
export const SERVER_SIZE = { width: 340, height: 300 } as const;

/** Room kept around the frame, in CSS pixels, so labels at its edge stay inside. */
const PAD = 14;

/** Bands of the box, in CSS pixels, that something else covers: the frame is fitted between them. */
export interface Inset {
	top: number;
	bottom: number;
}

/**
 * The smallest view around `frame` with the box's shape, leaving `PAD` pixels around it and
 * keeping it clear of the inset bands (a legend over the map's top, step cards over a phone's
 * lower part); it is shifted, where it can be, to stay on the map rather than show empty space
 * past its edge.
 */
export function fitFrame(
	frame: Frame,
	boxWidth: number,
	boxHeight: number,
	map: { width: number; height: number },
	inset: Inset = { top: 0, bottom: 0 }
): View {
	const [x0, y0, x1, y1] = frame;
	const open = Math.max(boxHeight - inset.top - inset.bottom, 1);
	const k = Math.max((x1 - x0) / Math.max(boxWidth - 2 * PAD, 1), (y1 - y0) / Math.max(open - 2 * PAD, 1));
	const width = boxWidth * k;
	const height = boxHeight * k;
	const keepOn = (start: number, size: number, limit: number) =>
		size >= limit ? (limit - size) / 2 : Math.min(Math.max(start, 0), limit - size);
	// The open band is centred on the frame and kept on the map; the insets extend past it.
	const openY = keepOn((y0 + y1 - open * k) / 2, open * k, map.height);
	return {
		x: keepOn((x0 + x1 - width) / 2, width, map.width),
		y: openY - inset.top * k,
		width,
		height,
		k
	};
}
