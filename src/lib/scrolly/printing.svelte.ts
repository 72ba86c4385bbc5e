/**
 * Whether the page is being printed. Paper shows every graphic in its final state, whatever the
 * reader had scrolled to. Chrome and Firefox report printing through the print media query (as
 * does print emulation); beforeprint covers the rest. Both land before the print layout, and the
 * change jumps. Create it during a component's initialisation: it listens for that component's life.
 */
import { motion } from '$lib/graphics/common/motion.svelte';

export class Printing {
	on = $state(false);

	constructor() {
		$effect(() => {
			const print = matchMedia('print');
			const set = (on: boolean) => motion.jump(() => (this.on = on));
			const sync = () => set(print.matches);
			const before = () => set(true);
			const after = () => set(false);
			print.addEventListener('change', sync);
			window.addEventListener('beforeprint', before);
			window.addEventListener('afterprint', after);
			return () => {
				print.removeEventListener('change', sync);
				window.removeEventListener('beforeprint', before);
				window.removeEventListener('afterprint', after);
			};
		});
	}
}
