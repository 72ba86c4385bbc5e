/**
 * What the presenter's windows share: the key handler (keyboard and clickers), the URL hash and
 * the channel between windows. All of it moves the story through the one step-state model.
 */
import { openStepFromHash, replaceHash } from '$lib/story/hash';
import type { StoryState } from '$lib/story/story-state.svelte';
import { joinSteps, type StepSync } from './channel';
import { commandFor, keyTarget, move, positionFromDigits, typeDigit, type Command } from '$lib/story/keys';

export interface WindowActions {
	/** Someone pressed a key the presenter uses (the kiosk loop holds still for a while). */
	input?(): void;
	fullscreen?(): void;
	notes?(): void;
}

export class PresenterControl {
	/** Digits typed towards "go to step n", shown until Enter (or another key) settles them. */
	digits = $state('');
	#sync: StepSync | null = null;

	constructor(
		readonly story: StoryState,
		private readonly actions: WindowActions = {}
	) {}

	onkeydown = (event: KeyboardEvent): void => {
		const command = commandFor(event, keyTarget(event.target));
		if (!command) return;
		event.preventDefault();
		this.actions.input?.();
		this.run(command);
	};

	run(command: Command): void {
		const { story } = this;
		if (command.kind === 'digit') {
			this.digits = typeDigit(this.digits, command.digit, story.steps.length);
			return;
		}
		if (command.kind === 'erase') {
			this.digits = this.digits.slice(0, -1);
			return;
		}
		const typed = positionFromDigits(this.digits, story.steps.length);
		this.digits = '';
		switch (command.kind) {
			case 'enter':
				if (typed === null) story.next();
				else story.go(typed);
				break;
			case 'escape':
				if (document.fullscreenElement) void document.exitFullscreen();
				break;
			case 'fullscreen':
				this.actions.fullscreen?.();
				break;
			case 'notes':
				this.actions.notes?.();
				break;
			default:
				move(story, command);
		}
	}

	/**
	 * Connects the window: keys drive the story; the hash opens a step (an unknown one opens the
	 * first, quietly); other windows on the channel steer it. Returns the cleanup. (Listeners are
	 * added here rather than with `<svelte:window>`, and `announce` runs in the component's own
	 * effect, so none of the runtime they would need joins the chunks the story page shares.)
	 */
	connect(scope: string, onRemote?: () => void): () => void {
		const { story } = this;
		const followHash = () => openStepFromHash(story);
		followHash();
		window.addEventListener('hashchange', followHash);
		window.addEventListener('keydown', this.onkeydown);
		const sync = joinSteps(
			scope,
			(id) => story.indexOf(id) >= 0,
			() => story.step?.id ?? null,
			(id) => {
				onRemote?.();
				story.go(id);
			}
		);
		this.#sync = sync;
		return () => {
			this.#sync = null;
			sync.close();
			window.removeEventListener('keydown', this.onkeydown);
			window.removeEventListener('hashchange', followHash);
		};
	}

	/** The hash and the other windows follow the active step: run it in an effect once connected. */
	announce(): void {
		const id = this.story.step?.id;
		if (!id || !this.#sync) return;
		replaceHash(id);
		this.#sync.share(id);
	}
}

/** Toggles full screen for the whole page; a refusal (no user gesture, a kiosk policy) leaves it as it is. */
export function toggleFullscreen(): void {
	const request = document.fullscreenElement
		? document.exitFullscreen()
		: document.documentElement.requestFullscreen?.();
	request?.catch(() => {});
}
