/**
 * The browser tests' words, built here in Node as the site builds them and handed over as data,
 * as a page receives them: the build view that makes them also holds the share cards, which load
 * only in Node.
 */
import type { TestProject } from 'vitest/node';
import { graphicTexts, type GraphicTexts } from '../src/lib/graphics/build.server';

declare module 'vitest' {
	export interface ProvidedContext {
		texts: { en: GraphicTexts };
	}
}

export default function setup(project: TestProject): void {
	project.provide('texts', { en: graphicTexts('en') });
}
