/** The U.S. build-up in the Caribbean, August to November 2025 (facts.md, section D). */

/** First announced strike on a boat that Washington said was carrying drugs. */
export const FIRST_STRIKE = '2025-09-02';

/** Strikes announced up to the story's date, in the Caribbean and the eastern Pacific. */
export const strikeTally = { asOf: '2025-11-16', strikes: 21, killed: 83 } as const;

/** Sailors and Marines with the Iwo Jima group when it sailed in August. */
export const IWO_JIMA_PERSONNEL = 4500;
/** F-35B jets sent to Puerto Rico in September. */
export const F35_COUNT = 10;
/** Aircraft of Carrier Air Wing 8, aboard the Gerald R. Ford. */
export const FORD_AIRCRAFT = 70;
/** Sailors and Marines in the region once the Ford arrived (November). */
export const PERSONNEL_NOVEMBER = 12000;
