import { describe, expect, it } from 'vitest';
import { ELECTION_DATE } from './election';
import {
	HANDOVER_BEFORE,
	LEGITIMACY_FROM,
	NEXT_END,
	NEXT_START,
	PATHS_SOURCE,
	pressureEvents,
	RECALL_FROM,
	TALKS,
	THIRD_TERM
} from './next';
import { sourceIn } from './sources';
import { AS_OF } from './timeframe';

describe('what comes next', () => {
	it('puts the talks in spring 2025 and the paths after them, inside the diagram', () => {
		expect(TALKS.from < TALKS.to).toBe(true);
		expect(TALKS.from.slice(0, 7)).toBe('2025-03');
		expect(TALKS.to < RECALL_FROM && RECALL_FROM < HANDOVER_BEFORE && HANDOVER_BEFORE < NEXT_END).toBe(true);
		expect(RECALL_FROM.slice(0, 4)).toBe('2027');
		expect(HANDOVER_BEFORE.slice(0, 7)).toBe('2029-01');
	});

	it('credits the paths to the reporting, whose source note says its people are unnamed', () => {
		expect(PATHS_SOURCE).toBe('nyt');
		expect(sourceIn(PATHS_SOURCE, 'en').note).toMatch(/unnamed/);
	});

	it('has the pressure rise after the talks, in order, up to the story’s date', () => {
		const dates = pressureEvents.map((e) => e.date);
		expect(dates).toEqual([...dates].sort());
		for (const date of dates) expect(date > TALKS.to && date <= AS_OF).toBe(true);
	});

	it('starts the disputed mandate at the election, inside the diagram', () => {
		expect(LEGITIMACY_FROM).toBe(ELECTION_DATE);
		expect(NEXT_START <= LEGITIMACY_FROM).toBe(true);
		expect(THIRD_TERM > LEGITIMACY_FROM && THIRD_TERM < TALKS.from).toBe(true);
	});
});
