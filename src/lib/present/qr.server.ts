/**
 * The audience code: the story's address in one edition as a QR code, drawn at build time as SVG
 * (the `qrcode` library encodes it; this only paints its modules), so it costs the page no script.
 * The stage shows it inline and the slides draw the same SVG to PNG.
 */
import QRCode from 'qrcode';
import { editionPath, type Locale } from '$lib/i18n/editions';

/** The light margin scanners need around the code, in modules. */
const QUIET = 4;

/** The story's own address in an edition; `root` is ORIGIN followed by BASE_PATH. */
export function storyUrl(root: string, locale: Locale): string {
	return root + editionPath(locale);
}

/**
 * The code as a square SVG, `size` pixels wide if given (for the slides' renderer), else scaling to
 * its box. Dark modules on white whatever the theme: scanners expect dark on light.
 */
export function qrSvg(url: string, size?: number): string {
	const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
	const n = modules.size;
	// One rectangle per run of dark modules along a row.
	let path = '';
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			if (!modules.data[y * n + x]) continue;
			let run = 1;
			while (x + run < n && modules.data[y * n + x + run]) run++;
			path += `M${x} ${y}h${run}v1h-${run}z`;
			x += run;
		}
	const side = n + 2 * QUIET;
	const sized = size === undefined ? '' : ` width="${size}" height="${size}"`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-QUIET} ${-QUIET} ${side} ${side}"${sized} shape-rendering="crispEdges">` +
		`<rect x="${-QUIET}" y="${-QUIET}" width="${side}" height="${side}" fill="#fff"/>` +
		`<path d="${path}" fill="#000"/></svg>`
	);
}
