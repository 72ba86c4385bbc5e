/** The presenter's interface words, per edition, built at build time. */
import type { Locale } from '$lib/i18n/editions';

export function presenterText(locale: Locale) {
	const en = {
		titleSuffix: 'presenter',
		notesTitleSuffix: 'presenter notes',
		stageLabel: 'Presentation',
		/** "Step 3 of 22", for screen readers; the screen shows "3 / 22". */
		stepOf: 'Step {n} of {total}',
		previous: 'Previous',
		next: 'Next',
		fullscreen: 'Full screen (F)',
		openNotes: 'Notes window (N)',
		notesBlocked: 'The browser blocked the notes window. Allow pop-ups for this site, or open it here:',
		notesLink: 'presenter notes',
		otherLanguages: 'The presentation in other languages',
		goTo: 'Go to step',
		goToInvalid: 'Type a step number from 1 to {total}.',
		typedStep: 'Go to step {n}: press Enter',
		notesHeading: 'Notes',
		noNotes: 'No notes for this step.',
		onScreen: 'On screen',
		nextUp: 'Next',
		theEnd: 'This is the last step.',
		elapsed: 'Elapsed',
		resetClock: 'Restart clock',
		slides: 'Slides to send ahead, with the speaker notes:',
		slidesShort: 'Slides:',
		keys: 'Next: → ↓ Space PageDown Enter. Back: ← ↑ Shift+Space PageUp. Home, End, digits then Enter. F full screen, N notes.'
	};
	const es: typeof en = {
		titleSuffix: 'presentación',
		notesTitleSuffix: 'notas de presentación',
		stageLabel: 'Presentación',
		stepOf: 'Paso {n} de {total}',
		previous: 'Anterior',
		next: 'Siguiente',
		fullscreen: 'Pantalla completa (F)',
		openNotes: 'Ventana de notas (N)',
		notesBlocked: 'El navegador bloqueó la ventana de notas. Permita ventanas emergentes o ábrala aquí:',
		notesLink: 'notas de presentación',
		otherLanguages: 'La presentación en otros idiomas',
		goTo: 'Ir al paso',
		goToInvalid: 'Escriba un número de paso del 1 al {total}.',
		typedStep: 'Ir al paso {n}: pulse Intro',
		notesHeading: 'Notas',
		noNotes: 'Este paso no tiene notas.',
		onScreen: 'En pantalla',
		nextUp: 'Siguiente',
		theEnd: 'Este es el último paso.',
		elapsed: 'Tiempo',
		resetClock: 'Reiniciar reloj',
		slides: 'Diapositivas para enviar, con las notas del orador:',
		slidesShort: 'Diapositivas:',
		keys: 'Avanzar: → ↓ Espacio AvPág Intro. Volver: ← ↑ Mayús+Espacio RePág. Inicio, Fin, número e Intro. F pantalla completa, N notas.'
	};
	return { en, es }[locale];
}

export type PresenterText = ReturnType<typeof presenterText>;

/** Fills `{name}` slots in an interface string. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
		Object.hasOwn(values, name) ? String(values[name]) : slot
	);
}
