/** From the build-up to the capture: the epilogue's dated events (facts.md D and G). */
import { FIRST_STRIKE } from './deployment.js';
import { pressureEvents } from './next.js';
import type { SourceId } from './sources.js';
import { ARRAIGNMENT_DATE, CAPTURE_DATE, INTERIM_OATH_DATE } from './timeframe.js';

export type AftermathEventId = 'buildup' | 'firstStrike' | 'carrier' | 'capture' | 'arraignment' | 'interim';

export interface AftermathEvent {
	id: AftermathEventId;
	date: string;
	source: SourceId;
}

const pressure = (id: 'deployment' | 'carrier') => pressureEvents.find((e) => e.id === id)!;

/** In order, one row each; the last three come after the story's date. */
export const aftermathEvents: readonly AftermathEvent[] = [
	{ id: 'buildup', date: pressure('deployment').date, source: pressure('deployment').source },
	{ id: 'firstStrike', date: FIRST_STRIKE, source: 'strikeTally' },
	{ id: 'carrier', date: pressure('carrier').date, source: 'fordCaribbean' },
	{ id: 'capture', date: CAPTURE_DATE, source: 'capture' },
	{ id: 'arraignment', date: ARRAIGNMENT_DATE, source: 'arraignment' },
	{ id: 'interim', date: INTERIM_OATH_DATE, source: 'interimPresident' }
];
