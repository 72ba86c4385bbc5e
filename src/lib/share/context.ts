/**
 * A page that wants share controls on its step cards hands them their words through context,
 * so the cards need no new props threaded through the scrolly layout. Pages that set none (a
 * presenter view, an embed) get cards without the control.
 */
import { getContext, setContext } from 'svelte';
import type { ShareWords } from './words';

const KEY = Symbol('share-words');

export function provideShareWords(words: ShareWords): void {
	setContext(KEY, words);
}

export function shareWordsInContext(): ShareWords | undefined {
	return getContext<ShareWords | undefined>(KEY);
}
