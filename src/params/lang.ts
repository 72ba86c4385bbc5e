import type { ParamMatcher } from '@sveltejs/kit';
import { isEditionSegment } from '$lib/i18n/editions';

/** `[[lang=lang]]`: an edition's path segment (`es`); the first edition has none. */
export const match: ParamMatcher = (segment) => isEditionSegment(segment);
