/**
 * The presentation as slides to send ahead: what each slide of /present/slides.pptx and
 * /present/slides.pdf holds, built once per edition. Each stage's graphic is drawn in that stage's
 * state by its share-card renderer (src/lib/graphics/<id>/card.ts), the same code as the share
 * images, and rendered to PNG by resvg at slide resolution. No browser is involved.
 */
import { sourceIn, sourceRef, sources, type SourceId } from '$lib/data/sources';
import { cardOf, graphicTexts } from '$lib/graphics/build.server';
import { palette, renderPng } from '$lib/share/card';
import { FONT_FAMILY, wrapText } from '$lib/share/fonts';
import { escapeXml } from '$lib/markup/escape';
import { shownAt } from '$lib/story/story-state.svelte';
import type { Rich, Step, Story } from '$lib/story/types';
import { uiText } from '$lib/story/ui';
import { qrSvg, storyUrl } from './qr.server';

/** A run of a slide's text: the copy's figures are set in bold, as on the page. */
export interface Run {
	text: string;
	bold: boolean;
}

export interface StageSlide {
	stepId: string;
	/** The section's title. */
	kicker: string;
	/** "3 / 24". */
	counter: string;
	words: Run[];
	/** The step's quote with its attribution, and its note, as they sit under the words on the stage. */
	extra: string[];
	/** The graphic in this stage's state (dimmed behind a text step), or none on a words-only stage. */
	image: { png: Buffer; width: number; height: number } | null;
	sources: string;
	/** The speaker notes: the stage's presenter notes, then every source behind the stage. */
	notes: string;
}

export interface SlideDeck {
	locale: Story['locale'];
	title: string;
	dek: string;
	credit: string;
	asOf: string;
	/** The explainer's publication date, ISO: the slides are dated by it, so builds match. */
	published: string;
	editorsNote: { title: string; words: Run[] };
	/** The story's address in this edition, and its QR code as a PNG. */
	url: string;
	qr: Buffer;
	scan: string;
	stages: StageSlide[];
	closing: { sourcesTitle: string; sources: string; creditsTitle: string; credits: string };
}

/**
 * The graphic's drawing, in the card renderer's units: about a share card's chart, and taller. At
 * this width its smallest words (20 units) stay above 2.2% of the slide's height.
 */
export const FIGURE = { width: 940, height: 770 } as const;
/** Pixels across each graphic's PNG: a 1080p slide shows it at about 1150. */
const FIGURE_PX = 1920;
const QR_PX = 600;

function slideWords(locale: Story['locale']) {
	return locale === 'es'
		? {
				sources: 'Fuentes',
				notesSources: 'Fuentes',
				credits: 'Créditos',
				scan: 'Escanee para abrir la historia'
			}
		: { sources: 'Sources', notesSources: 'Sources', credits: 'Credits', scan: 'Scan to open the story' };
}

export function runs(text: Rich): Run[] {
	return text.map((s) => ({ text: s.text, bold: s.kind === 'fact' }));
}

const plain = (text: Rich) => text.map((s) => s.text).join('');

/** The graphic a stage shows, with its title, drawn by its card renderer and rendered to PNG. */
function figurePng(
	story: Story,
	step: Step,
	steps: readonly Step[]
): StageSlide['image'] & { sources: string } {
	const shown = shownAt(steps, step.index)!;
	const card = cardOf(shown.graphic)(shown.state, graphicTexts(story.locale)[shown.graphic]);
	const { width, height } = FIGURE;
	const titleLines = wrapText(card.title, { size: 34, width, maxLines: 2, weight: 'bold' });
	const title = titleLines
		.map(
			(line, i) =>
				`<text x="0" y="${34 + i * 42}" font-size="34" font-weight="bold" fill="${palette.text}">${escapeXml(line)}</text>`
		)
		.join('');
	const top = 34 + (titleLines.length - 1) * 42 + 24;
	const drawing = card.draw({ x: 0, y: top, width, height: height - top });
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE_PX}" height="${Math.round((FIGURE_PX * height) / width)}" ` +
		`viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">` +
		`<rect width="${width}" height="${height}" fill="${palette.bg}"/>${title}` +
		// Behind a text step the graphic recedes, as on the stage.
		(shown.dimmed ? `<g opacity="0.3">${drawing}</g>` : drawing) +
		`</svg>`;
	return { png: renderPng(svg), width, height, sources: card.sources };
}

/** Every source the stage's figures cite, written out in full for the speaker. */
function factSources(story: Story, step: Step): string[] {
	const ids = new Set<SourceId>();
	for (const segment of [...step.text, ...(step.note ?? [])])
		if (segment.kind === 'fact') segment.sources.forEach((id) => ids.add(id));
	if (step.quote) ids.add(step.quote.source);
	return [...ids].map((id) => {
		const c = sourceIn(id, story.locale);
		return `${c.publisher}, “${c.title}”, ${c.date}${c.url ? `. ${c.url}` : ''}`;
	});
}

const decks = new Map<string, SlideDeck>();

/** The slides of one edition, built once for both files; `root` is ORIGIN followed by BASE_PATH. */
export function slideDeck(story: Story, root: string): SlideDeck {
	const key = `${story.locale} ${root}`;
	const built = decks.get(key);
	if (built) return built;
	const words = slideWords(story.locale);
	const ui = uiText(story);
	const { steps } = story;
	const stages = steps.map((step): StageSlide => {
		const figure = shownAt(steps, step.index) ? figurePng(story, step, steps) : null;
		const cited = factSources(story, step);
		const extra = [
			...(step.quote
				? [
						`“${step.quote.text}” ${step.quote.speaker}, ${step.quote.role}, ${ui.quoteTo} ${step.quote.publisher}`
					]
				: []),
			...(step.note ? [plain(step.note)] : [])
		];
		return {
			stepId: step.id,
			kicker: story.sections.find((s) => s.id === step.sectionId)!.title,
			counter: `${step.index + 1} / ${steps.length}`,
			words: runs(step.text),
			extra,
			image: figure && { png: figure.png, width: figure.width, height: figure.height },
			sources: figure?.sources ?? '',
			notes: [
				step.presenterNote ?? '',
				`${words.notesSources}: ${[figure?.sources.replace(/^[^:]*:\s*/, ''), ...cited].filter(Boolean).join('; ')}`
			]
				.filter(Boolean)
				.join('\n\n')
		};
	});
	const url = storyUrl(root, story.locale);
	const publishers = [
		...new Set((Object.keys(sources) as SourceId[]).map((id) => sourceRef(id, story.locale).label))
	];
	const deck: SlideDeck = {
		locale: story.locale,
		title: story.title,
		dek: story.dek,
		credit: story.credit,
		asOf: ui.asOf,
		published: story.published,
		editorsNote: { title: ui.editorsNote, words: runs(story.editorsNote) },
		url,
		qr: renderPng(qrSvg(url, QR_PX)),
		scan: words.scan,
		stages,
		closing: {
			sourcesTitle: words.sources,
			sources: publishers.join('; '),
			creditsTitle: words.credits,
			credits: story.credits
		}
	};
	decks.set(key, deck);
	return deck;
}
