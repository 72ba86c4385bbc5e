/**
 * What might come next (story.md, section 6): the ways out discussed in talks in spring 2025, as
 * people familiar with the talks described them to The New York Times, and the pressure that
 * rose instead. Dates of the build-up are from facts.md, section D.
 */
import { ELECTION_DATE } from './election.js';
import { FIRST_STRIKE } from './deployment.js';
import type { SourceId } from './sources.js';

/** Only the season is reported ("last spring"): the diagram draws it across March to May, labelled as a season. */
export const TALKS = { from: '2025-03-01', to: '2025-05-31', source: 'nyt' } as const satisfies {
	from: string;
	to: string;
	source: SourceId;
};

/** Who describes the paths: unnamed people familiar with the talks, as reported. */
export const PATHS_SOURCE: SourceId = 'nyt';

/** The term the handover was to come before. */
export const HANDOVER_BEFORE = '2029-01-01';
/** "In 2027 or later." */
export const RECALL_FROM = '2027-01-01';
/** The diagram reaches past January 2029. */
export const NEXT_END = '2029-06-30';
/** It starts at the disputed election, where the crisis of legitimacy begins. */
export const NEXT_START = '2024-07-01';

export type PressureEventId = 'deployment' | 'firstStrike' | 'carrier';

/** How the pressure rose, up to the story's date. */
export const pressureEvents: readonly { id: PressureEventId; date: string; source: SourceId }[] = [
	/** The Iwo Jima group leaves Norfolk. */
	{ id: 'deployment', date: '2025-08-14', source: 'iwoJimaGroup' },
	{ id: 'firstStrike', date: FIRST_STRIKE, source: 'strikeTally' },
	/** The Gerald R. Ford group passes through the Anegada Passage into the Caribbean. */
	{ id: 'carrier', date: '2025-11-16', source: 'fordCaribbean' }
];

/** The legitimacy question, from the disputed vote on. */
export const LEGITIMACY_FROM = ELECTION_DATE;
/** Sworn in for a third term regardless. */
export const THIRD_TERM = '2025-01-10';
