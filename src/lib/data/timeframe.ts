/**
 * The story's own time, in one place: every date line, "as of" label, timeline end and share card
 * reads it from here (facts.md F, G and H).
 */

/** The source article's date: the story's body is as of this day, and says nothing that came after. */
export const AS_OF = '2025-12-02';

/**
 * The explainer's own publication date, set on launch day: "Published", datePublished,
 * article:published_time, the sitemap's lastmod and the editor's note all carry it.
 */
export const PUBLISHED = '2026-12-08';

/** What came after, told only in the editor's note and the epilogue (facts.md G and H). */
export const CAPTURE_DATE = '2026-01-03';
/** Maduro and Flores plead not guilty in Manhattan; Delcy Rodríguez is sworn in as interim president. */
export const ARRAIGNMENT_DATE = '2026-01-05';
export const INTERIM_OATH_DATE = '2026-01-05';
/** The judge moves the second hearing, at the prosecution's request (facts.md H). */
export const HEARING_MOVED_DATE = '2026-02-03';
/** The second hearing, as moved on HEARING_MOVED_DATE (it was set for March 17 on January 5). */
export const NEXT_HEARING_DATE = '2026-03-26';
/** The National Assembly's president rules out a presidential election "in this immediate period". */
export const NO_ELECTION_DATE = '2026-02-10';
/** Rodríguez signs the amnesty law. */
export const AMNESTY_LAW_DATE = '2026-02-19';
/** The last reported event the note covers: the defence's motion to dismiss, reported on this day. */
export const COVERED_UNTIL = '2026-02-27';
