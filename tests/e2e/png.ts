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

export type Rgb = readonly [number, number, number];

/** WCAG relative luminance of an sRGB colour (0–255 channels). */
export function luminance([r, g, b]: Rgb): number {
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)" as channels (alpha dropped). */
export function parseRgb(css: string): Rgb {
	const [r, g, b] = css.match(/[\d.]+/g)!.map(Number) as [number, number, number];
	return [r, g, b];
}

/**
 * The colour in a box of the picture (CSS pixels, `scale` device pixels each) whose luminance is
 * the median of the box's: what a label sits on, unmoved by a thin line or a dot inside it.
 */
export function medianColour(
	{ width, height, rgba }: Pixels,
	box: { x: number; y: number; width: number; height: number },
	scale = 1
): Rgb {
	const colours: Rgb[] = [];
	const [x0, y0] = [Math.max(0, Math.floor(box.x * scale)), Math.max(0, Math.floor(box.y * scale))];
	const x1 = Math.min(width, Math.ceil((box.x + box.width) * scale));
	const y1 = Math.min(height, Math.ceil((box.y + box.height) * scale));
	for (let y = y0; y < y1; y++)
		for (let x = x0; x < x1; x++) {
			const i = (y * width + x) * 4;
			colours.push([rgba[i]!, rgba[i + 1]!, rgba[i + 2]!]);
		}
	colours.sort((a, b) => luminance(a) - luminance(b));
	return colours[Math.floor(colours.length / 2)]!;
}
