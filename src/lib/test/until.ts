/**
 * For browser-mode unit tests: resolves once `check` holds, polling once a frame from the event
 * loop rather than from a timer (test clocks hold timers, and a wait should be for a state).
 */
export async function until(check: () => boolean): Promise<void> {
	while (!check()) await new Promise((resolve) => requestAnimationFrame(resolve));
}
