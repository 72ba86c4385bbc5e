/**
 * How each graphic draws as a share image, for the card.png routes: server code only (it renders
 * with resvg), never in a page. Typed over the graphic ids as charts.ts is, so a graphic without a
 * card does not compile, and each renderer takes its own states and words.
 */
import type { CardGraphic } from '$lib/share/card';
import type { GraphicId, GraphicState } from './index';
import type { GraphicText } from './words';
import { aftermathCard } from './aftermath/card';
import { electionCard } from './election/card';
import { gdpCard } from './gdp/card';
import { mapCard } from './map/card';
import { nextCard } from './next/card';
import { tenureCard } from './tenure/card';

type CardRenderer<G extends GraphicId> = (state: GraphicState<G>, text: GraphicText<G>) => CardGraphic;

const CARDS: { [G in GraphicId]: CardRenderer<G> } = {
	map: mapCard,
	tenure: tenureCard,
	gdp: gdpCard,
	election: electionCard,
	next: nextCard,
	aftermath: aftermathCard
};

/** A graphic's card renderer; generic in the id as chartOf is, for the same reason. */
export function cardOf<G extends GraphicId>(graphic: G): CardRenderer<G> {
	return CARDS[graphic];
}
