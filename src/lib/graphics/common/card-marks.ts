/**
 * The marks the chart layers draw (layers/), set in SVG for the share images: the
 * same bars, lines, dots, labels and axis, placed from the charts' own view data. On the page,
 * text sits in HTML over a stretched SVG; on a card everything is one SVG at its final size, so
 * each mark here takes a plot that turns data units into card pixels.
 */
import { scaleLinear } from 'd3-scale';
import type { SourceRef } from '$lib/data/sources';
import { TONE_COLOUR, type Place, type Tone } from './marks';
import { polyline } from './layers/polyline';
import { palette, svgText, type Box, type TextOptions } from '$lib/graphics/common/card';

/** Card sizes of the chart text: about twice the page's, as a card is about twice a chart's width. */
export const LABEL_SIZE = 24;
export const TICK_SIZE = 20;
/** Room under a plot for the x axis labels. */
export const AXIS_ROOM = 34;

export interface Plot {
	x(value: number): number;
	y(value: number): number;
}

/**
 * A plot over `box`, the way the charts set their LayerCake: x left to right, y top to bottom
 * (yReverse off), with `bottom` pixels kept free for an axis.
 */
export function plotIn(
	box: Box,
	xDomain: readonly [number, number],
	yDomain: readonly [number, number],
	bottom = 0
): Plot {
	const x = scaleLinear(xDomain, [box.x, box.x + box.width]);
	const y = scaleLinear(yDomain, [box.y, box.y + box.height - bottom]);
	return { x: (v) => x(v), y: (v) => y(v) };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Marks at an opacity: nothing at all when fully faded, as on the page. */
export function faded(opacity: number, svg: string): string {
	if (opacity <= 0) return '';
	return opacity >= 1 ? svg : `<g opacity="${round(opacity * 100) / 100}">${svg}</g>`;
}

/** A bar between two x values and two y values, in data units (layers/Bar.svelte). */
export function bar(plot: Plot, x0: number, x1: number, y0: number, y1: number, tone: Tone = 'line'): string {
	const left = Math.min(plot.x(x0), plot.x(x1));
	const top = Math.min(plot.y(y0), plot.y(y1));
	const width = Math.abs(plot.x(x1) - plot.x(x0));
	const height = Math.abs(plot.y(y1) - plot.y(y0));
	return `<rect x="${round(left)}" y="${round(top)}" width="${round(width)}" height="${round(height)}" fill="${palette[TONE_COLOUR[tone]]}"/>`;
}

interface Point {
	x: number;
	y: number;
}

/** A line through points in data units (layers/Line.svelte); dashed for a path not taken. */
export function line(plot: Plot, points: readonly Point[], dashed = false): string {
	const d = polyline(points.map((p) => [plot.x(p.x), plot.y(p.y)]));
	const dash = dashed ? ' stroke-dasharray="8 10"' : '';
	return `<path d="${d}" fill="none" stroke="${palette.line}" stroke-width="5" stroke-linejoin="round" stroke-linecap="round"${dash}/>`;
}

/** The dotted accent span between two values (layers/Span.svelte). */
export function span(plot: Plot, from: Point, to: Point): string {
	return `<line x1="${round(plot.x(from.x))}" x2="${round(plot.x(to.x))}" y1="${round(plot.y(from.y))}" y2="${round(plot.y(to.y))}" stroke="${palette.accent}" stroke-width="4" stroke-dasharray="4 6"/>`;
}

/** A dot on a point (layers/Dot.html.svelte); hollow for what was discussed rather than done. */
export function dot(plot: Plot, p: Point, hollow = false): string {
	return `<circle cx="${round(plot.x(p.x))}" cy="${round(plot.y(p.y))}" r="8" fill="${hollow ? palette.bg : palette.line}" stroke="${palette.line}" stroke-width="3"/>`;
}

/** The gaps the page's labels keep from their point (0.6rem and 0.3rem), at card size. */
const GAP = 12;
const NEAR_GAP = 6;
/** Beside a point, a label clears the dot that may sit on it. */
const BESIDE_GAP = 17;
/** Where a line of text sits against its baseline, as fractions of the font size. */
const ASCENT = 0.76;
const DESCENT = 0.24;

/**
 * A label pinned to a point in data units, on one side of it, with a halo of the background
 * around its letters (the page's text-shadow) so it reads over bars and lines. Several lines
 * stack away from the point (above it, upwards) or, beside it, around its height.
 */
export function label(
	plot: Plot,
	x: number,
	y: number,
	text: string | readonly string[],
	place: Place,
	o: Partial<TextOptions> & { leading?: number } = {}
): string {
	const lines = typeof text === 'string' ? [text] : text;
	const size = o.size ?? LABEL_SIZE;
	const leading = o.leading ?? Math.round(size * 1.2);
	const px = plot.x(x);
	const py = plot.y(y);
	const [vertical, horizontal = ''] = place.split('-');
	const beside = vertical !== 'above' && vertical !== 'below';
	const gap = horizontal || beside ? NEAR_GAP : GAP;
	const block = (lines.length - 1) * leading;
	const first =
		vertical === 'above'
			? py - gap - size * DESCENT - block
			: vertical === 'below'
				? py + gap + size * ASCENT
				: py + size * (ASCENT - DESCENT) * 0.5 - block / 2;
	const side = vertical === 'left' || vertical === 'right' ? vertical : horizontal;
	const anchor = side === 'left' ? 'end' : side === 'right' ? 'start' : 'middle';
	const nudge = vertical === 'left' ? -BESIDE_GAP : vertical === 'right' ? BESIDE_GAP : 0;
	return halo(
		lines
			.map((line, i) => svgText(round(px + nudge), round(first + i * leading), line, { ...o, size, anchor }))
			.join('')
	);
}

/** A ring of the background around text, drawn under its letters. */
export function halo(svg: string): string {
	return `<g stroke="${palette.bg}" stroke-width="6" stroke-linejoin="round" paint-order="stroke">${svg}</g>`;
}

/** Labelled ticks along the bottom of a plot (layers/AxisX.html.svelte). */
export function axisX(
	plot: Plot,
	ticks: readonly number[],
	bottom: number,
	format: (tick: number, i: number) => string = String,
	/** As the page's axis: the first label starts at its tick, on the plot's edge. */
	opensOnTick = false
): string {
	return ticks
		.map((tick, i) =>
			svgText(round(plot.x(tick)), round(bottom + TICK_SIZE + 8), format(tick, i), {
				size: TICK_SIZE,
				fill: palette.muted,
				anchor: opensOnTick && i === 0 ? 'start' : 'middle'
			})
		)
		.join('');
}

/** A chart's "Source: …" line (SourceLine.svelte) as plain text. */
export function sourcesLine(lead: string, items: readonly SourceRef[]): string {
	// Two reports from one outlet name it once: a card's one line has no room to spare.
	const names = new Set(items.map((s) => (s.detail ? `${s.label} (${s.detail})` : s.label)));
	return `${lead} ${[...names].join('; ')}`;
}
