import type { GraphicId } from '../graphics/index.js';
import type { Section } from './types';

/**
 * A scene is what shares one sticky graphic: a section with a graphic, plus any text-only
 * sections after it (the graphic stays, dimmed, behind them).
 */
export interface Scene {
	graphic: GraphicId | null;
	sections: Section[];
}

export function graphicOf(section: Section): GraphicId | null {
	return section.steps.find((s) => s.graphic)?.graphic ?? null;
}

export function scenesOf(sections: readonly Section[]): Scene[] {
	const scenes: Scene[] = [];
	for (const section of sections) {
		const graphic = graphicOf(section);
		const previous = scenes[scenes.length - 1];
		if (!graphic && previous) previous.sections.push(section);
		else scenes.push({ graphic, sections: [section] });
	}
	return scenes;
}
