/**
 * The kiosk loop's settings. `?auto=<seconds>` makes the presenter advance on its own and
 * loop to the start; it pauses while someone presses keys and resumes after a quiet spell.
 */

/** Shorter than this and a step's graphic has no time to settle or its words to be read. */
export const MIN_AUTO_SECONDS = 3;
/** Longer than this is a stalled screen, not a loop. */
export const MAX_AUTO_SECONDS = 600;
/** After someone's last key press, touch or click, the loop waits this long before moving again. */
export const QUIET_MS = 30_000;
/** The pointer hides after this long without moving. */
export const IDLE_CURSOR_MS = 3_000;

/**
 * The advance interval in milliseconds that a `?auto=` value asks for: null when there is no
 * such value or it is not a positive number (the presenter then waits for keys), otherwise
 * the seconds clamped to [MIN_AUTO_SECONDS, MAX_AUTO_SECONDS].
 */
export function autoAdvanceMs(raw: string | null): number | null {
	if (raw === null || !/^\s*[+]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i.test(raw)) return null;
	const seconds = Number(raw);
	if (!(seconds > 0)) return null;
	return Math.round(Math.min(MAX_AUTO_SECONDS, Math.max(MIN_AUTO_SECONDS, seconds)) * 1000);
}
