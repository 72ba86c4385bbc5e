/**
 * Reads a PNG's pixels without a PNG library: resvg (already a dependency, for the share images)
 * draws it as an SVG image at its own size and hands back the RGBA pixels.
 */
import resvg from '@resvg/resvg-js';

export interface Pixels {
	width: number;
	height: number;
	rgba: Uint8Array;
}

const PNG_SIGNATURE = '89504e470d0a1a0a';

export function decodePng(png: Buffer): Pixels {
	if (png.subarray(0, 8).toString('hex') !== PNG_SIGNATURE) throw new Error('not a PNG');
	// The IHDR chunk comes first: width and height at bytes 16 and 20.
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
		`<image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
	const image = new resvg.Resvg(svg, { font: { loadSystemFonts: false } }).render();
	return { width: image.width, height: image.height, rgba: new Uint8Array(image.pixels) };
}

/** Variance of luminance over the rows from `top` to `bottom`: zero for a blank band. */
export function luminanceVariance({ width, rgba }: Pixels, top: number, bottom: number): number {
	let sum = 0;
	let squares = 0;
	let n = 0;
	for (let i = top * width * 4; i < bottom * width * 4; i += 4) {
		const l = 0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!;
		sum += l;
		squares += l * l;
		n++;
	}
	const mean = sum / n;
	return squares / n - mean * mean;
}
