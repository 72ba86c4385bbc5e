/**
 * Scrollytelling driven by the host page. Inside an iframe sized to its content nothing scrolls
 * and `position: sticky` never engages, and scrollama's observers cannot see the host's trigger
 * line, so the embedded story works from the host's viewport instead: where the trigger line
 * falls on the iframe's page, and where each graphic must sit to stay in view.
 */
import type { HostViewport } from './messages';

/** The host's trigger line, in the iframe page's coordinates. */
export function triggerLine(viewport: HostViewport, offset: number, scrollY = 0): number {
	return viewport.height * offset - viewport.top + scrollY;
}

/**
 * How far a scene's graphic must move down from its place at the top of the scene to stay at the
 * top of the host's viewport, as `position: sticky; top: 0` would, and no further than the
 * scene's end.
 */
export function pinOffset(
	viewTop: number,
	sceneTop: number,
	sceneHeight: number,
	graphicHeight: number
): number {
	return Math.min(Math.max(0, viewTop - sceneTop), Math.max(0, sceneHeight - graphicHeight));
}
