/**
 * The map as a share image: the same base map the page draws (built once from the atlas), framed
 * for the state the way the page frames it (fitFrame), with the marks the map's words carry,
 * already projected at build time (mapText): places, assets, strike zones, the carrier's route
 * and the Havana–Caracas arc.
 */
import { fitFrame } from '$lib/graphics/map/fit';
import { buildBaseMap } from '$lib/graphics/map/basemap.server';
import type { LabelKind } from '$lib/graphics/map/marks';
import type { MapText } from '$lib/graphics/map/words';
import type { MapState } from '$lib/graphics/map/view';
import { palette, svgText, type Box, type CardGraphic } from '$lib/graphics/common/card';
import { textWidth } from '$lib/graphics/common/fonts';
import { faded, label, sourcesLine, type Plot } from '../common/card-marks';

/** The map's light colours and the halo around its marks. */
const SEA = palette.sea;
const LAND = palette.land;
const FOCUS = palette.focus;
const HALO = palette.bg;
const MAP_LABEL_SIZE = 17;
/**
 * Dots kept from an earlier state (their labels gone) step back on a card, where the labels are
 * larger against the map than on the page and would otherwise run into them.
 */
const CARRIED_OVER = 0.4;
/** The page's marks are set for a map a few hundred pixels wide; a card's is about twice that. */
const MARK_SCALE = 2;

let baseMap: string | undefined;

/** The base map's two paths in the light theme's colours. Built once per build. */
function baseMapPaths(): string {
	if (baseMap) return baseMap;
	const { land, focus } = buildBaseMap();
	const edge = `stroke="${HALO}" stroke-width="1.6" stroke-linejoin="round"`;
	baseMap = `<path d="${land}" fill="${LAND}" ${edge}/><path d="${focus}" fill="${FOCUS}" ${edge}/>`;
	return baseMap;
}

const labelStyle: Record<LabelKind, { weight: 'bold' | 'regular'; fill: string }> = {
	country: { weight: 'bold', fill: palette.muted },
	city: { weight: 'regular', fill: palette.text },
	asset: { weight: 'bold', fill: palette.text },
	zone: { weight: 'bold', fill: palette.text },
	note: { weight: 'regular', fill: palette.text },
	sea: { weight: 'regular', fill: palette.muted }
};

const KEY_SIZE = 17;
const KEY_ROW = 28;

/** A swatch per kind of mark, drawn at the card's scale, centred on the origin. */
const swatch: Record<MapText['cardKeys'][MapState][number]['kind'], string> = {
	site: `<circle r="${4 * MARK_SCALE}" fill="${palette.accent}" stroke="${HALO}" stroke-width="3"/>`,
	area: `<circle r="${9 * MARK_SCALE}" fill="none" stroke="${palette.accent}" stroke-width="2.5" stroke-dasharray="6 5"/><circle r="${4 * MARK_SCALE}" fill="${palette.accent}"/>`,
	earlier: `<circle r="${4 * MARK_SCALE}" fill="${palette.accent}" opacity="${CARRIED_OVER}"/>`,
	zone: `<ellipse rx="16" ry="9" fill="${palette.accent}" fill-opacity="0.14" stroke="${palette.accent}" stroke-width="3" stroke-dasharray="10 8"/>`,
	route: `<line x1="-16" x2="16" stroke="${palette.line}" stroke-width="5" stroke-dasharray="14 10"/>`,
	arc: `<path d="M-16 6Q0 -10 16 6" fill="none" stroke="${palette.line}" stroke-width="5" stroke-linecap="round"/>`
};

/**
 * The state's key, in rows under the map (wrapping between keys), so a card met on its own says
 * what its marks are. Returns the rows' SVG and the height they take from the bottom of `box`.
 */
function cardKey(keys: MapText['cardKeys'][MapState], box: Box): { svg: string; height: number } {
	if (keys.length === 0) return { svg: '', height: 0 };
	const rows: { x: number; kind: (typeof keys)[number]['kind']; text: string }[][] = [[]];
	let x = 0;
	for (const key of keys) {
		const width = 40 + textWidth(key.text, KEY_SIZE) + 24;
		if (x + width > box.width && rows.at(-1)!.length > 0) {
			rows.push([]);
			x = 0;
		}
		rows.at(-1)!.push({ x, ...key });
		x += width;
	}
	const height = rows.length * KEY_ROW + 6;
	const top = box.y + box.height - height + 6;
	const svg = rows
		.flatMap((row, r) =>
			row.map((k) => {
				const cy = top + r * KEY_ROW + KEY_ROW / 2;
				return (
					`<g transform="translate(${box.x + k.x + 18} ${cy})">${swatch[k.kind]}</g>` +
					svgText(box.x + k.x + 40, cy + KEY_SIZE * 0.35, k.text, { size: KEY_SIZE, fill: palette.text })
				);
			})
		)
		.join('');
	return { svg, height };
}

export function mapCard(state: MapState, text: MapText): CardGraphic {
	const shown = (mark: { states: readonly MapState[] }) => mark.states.includes(state);
	return {
		title: text.captions[state],
		sources: sourcesLine(text.sourceLead, text.sources[state]),
		draw(whole: Box) {
			const key = cardKey(text.cardKeys[state], whole);
			const box = { ...whole, height: whole.height - key.height };
			const view = fitFrame(text.frames[state], box.width, box.height, text.size);
			const plot: Plot = {
				x: (v) => box.x + (v - view.x) / view.k,
				y: (v) => box.y + (v - view.y) / view.k
			};
			/** Card pixels as map units, for what is drawn in the map's own coordinates. */
			const px = (n: number) => Math.round(n * view.k * 100) / 100;
			const zones = text.zones
				.filter(shown)
				.map(
					(z) =>
						`<ellipse cx="${z.cx}" cy="${z.cy}" rx="${z.rx}" ry="${z.ry}" fill="${palette.accent}" fill-opacity="0.14" stroke="${palette.accent}" stroke-width="${px(3)}" stroke-dasharray="${px(10)} ${px(8)}"/>`
				)
				.join('');
			const stroke = `fill="none" stroke="${palette.line}" stroke-width="${px(5)}" stroke-linecap="round"`;
			const route = shown(text.route)
				? `<path d="${text.route.d}" ${stroke} stroke-dasharray="${px(14)} ${px(10)}"/>`
				: '';
			const arc = shown(text.arc) ? `<path d="${text.arc.d}" ${stroke}/>` : '';
			const inMapUnits =
				`<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="${view.x} ${view.y} ${view.width} ${view.height}">` +
				`<rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="${SEA}"/>` +
				baseMapPaths() +
				zones +
				route +
				arc +
				`</svg>`;
			const { head } = text.route;
			const routeHead = shown(text.route)
				? `<path d="M0 0L-10 -5.5L-10 5.5Z" fill="${palette.line}" transform="translate(${plot.x(head.x)} ${plot.y(head.y)}) scale(${MARK_SCALE}) rotate(${head.angle})"/>`
				: '';
			const labelled = new Set(text.labels.filter(shown).map((l) => l.id));
			const dots = text.dots
				.filter(shown)
				.map((d) => {
					const at = `translate(${plot.x(d.x)} ${plot.y(d.y)}) scale(${MARK_SCALE})`;
					const ring =
						d.kind === 'area'
							? `<circle r="9" fill="none" stroke="${palette.accent}" stroke-width="1.25" stroke-dasharray="3 2.5"/>`
							: '';
					const fill = d.kind === 'city' ? palette.text : palette.accent;
					const dot = `<g transform="${at}">${ring}<circle r="${d.kind === 'city' ? 3 : 4}" fill="${fill}" stroke="${HALO}" stroke-width="1.5"/></g>`;
					return faded(labelled.has(d.id) ? 1 : CARRIED_OVER, dot);
				})
				.join('');
			const labels = text.labels
				.filter(shown)
				.map((l) => label(plot, l.x, l.y, l.lines, l.place, { size: MAP_LABEL_SIZE, ...labelStyle[l.kind] }))
				.join('');
			return inMapUnits + routeHead + dots + labels + key.svg;
		}
	};
}
