/**
 * The widest phone layout, in CSS pixels: for the trigger line here, and for the stylesheets'
 * `(--phone)` and `(--wide)` media queries (tooling/custom-media.ts).
 */
export const PHONE_MAX_WIDTH = 600;

/** Where the trigger line sits: lower on phones, where the graphic fills the top of the screen. */
export function triggerOffset(viewportWidth: number): number {
	return viewportWidth <= PHONE_MAX_WIDTH ? 0.7 : 0.5;
}

/** The step at the trigger line, on the story page and in the embedded story: the last card whose top has reached it, or -1. */
export function stepAtLine(cardTops: readonly number[], line: number): number {
	return cardTops.findLastIndex((top) => top <= line);
}

/** Scrolls a step card onto the trigger line at once, so the scroll driver agrees with a jump. */
export function scrollStepToTrigger(card: HTMLElement): void {
	const rect = card.getBoundingClientRect();
	const line = window.innerHeight * triggerOffset(window.innerWidth);
	window.scrollTo({ top: window.scrollY + rect.top + rect.height / 2 - line, behavior: 'instant' });
}
