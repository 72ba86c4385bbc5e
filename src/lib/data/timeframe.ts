/**
 * The story's own time, in one place: every date line, "as of" label, timeline end and share card
 * reads it from here (facts.md F and G).
 */

/** The source article's date: the story's body is as of this day, and says nothing that came after. */
export const AS_OF = '2025-12-02';

/** The day the editor's note on later events was added: the story's "updated" date. */
export const EDITORS_NOTE_DATE = '2026-12-04';

/** What came after, told only in the editor's note and the epilogue (facts.md G). */
export const CAPTURE_DATE = '2026-01-03';
/** Maduro and Flores plead not guilty in Manhattan; Delcy Rodríguez is sworn in as interim president. */
export const ARRAIGNMENT_DATE = '2026-01-05';
export const INTERIM_OATH_DATE = '2026-01-05';
/** The next hearing the court set on that day. */
export const NEXT_HEARING_DATE = '2026-03-17';
/** The last day the note and the epilogue cover. */
export const COVERED_UNTIL = '2026-01-05';
