import { describe, expect, it } from 'vitest';
import { GRAPHICS } from '$lib/graphics';
import { nextText } from './words';
import { nextLayout, nextViews, TALKS_TO } from './view';

describe('the “what comes next” states', () => {
	it('has a view for every state the story may name', () => {
		expect(Object.keys(nextViews).sort()).toEqual([...GRAPHICS.next.states].sort());
	});

	it('shows the paths discussed, then the pressure drawn on from the talks, then the mandate', () => {
		expect(nextViews.talks).toMatchObject({ discussedOpacity: 1, pressureOpacity: 0, pressureTo: TALKS_TO });
		expect(nextViews.pressure.pressureTo).toBeGreaterThan(TALKS_TO);
		expect(nextViews.pressure.discussedOpacity).toBeLessThan(1);
		expect(nextViews.legitimacy.legitimacyOpacity).toBe(1);
		expect(nextViews.pressure.legitimacyOpacity).toBe(0);
	});

	it('starts every bar and line at or after the axis’s first labelled year, inside its domain', () => {
		// The layout the chart and its card are drawn from.
		const { from, to, ticks, talks, handoverX, recallX, legitimacyX } = nextLayout();
		const axisStart = ticks[0]!;
		expect(axisStart).toBeGreaterThanOrEqual(from);
		const starts = { 'disputed mandate': legitimacyX, talks: talks[0], paths: talks[1] };
		for (const [mark, x] of Object.entries(starts)) expect(x, mark).toBeGreaterThanOrEqual(axisStart);
		for (const x of [handoverX, recallX, ...ticks]) expect(x).toBeLessThanOrEqual(to);
	});
});

describe('the “what comes next” words', () => {
	const en = nextText('en');

	it('attributes the paths to unnamed people familiar with the talks', () => {
		expect(en.sources[0]).toMatchObject({ label: 'The New York Times' });
		expect(en.sources[0]!.detail).toMatch(/unnamed people familiar/);
		expect(en.describe.talks).toContain('according to people familiar with the talks');
		// Then one source per step of the build-up, named in the source line.
		expect(en.sources.map((s) => s.detail).slice(1)).toEqual([
			'warships',
			'boat strikes',
			'the carrier Gerald R. Ford'
		]);
	});

	it('dates every path from the data', () => {
		expect(en.labels.map((l) => l.text)).toEqual([
			'Disputed mandate since July 2024',
			'Talks, spring 2025',
			'Handover to a lieutenant',
			'before January 2029',
			'Recall referendum, 2027 or later',
			'then the vice president calls elections',
			'No deal: the pressure rises',
			'August 2025 on: warships, strikes'
		]);
		expect(en.describe.pressure).toContain('warships from August 14, 2025');
		expect(en.describe.pressure).toContain('as of December 2, 2025');
		expect(en.describe.legitimacy).toContain('July 2024');
	});

	it('places each label with the part of the diagram it fades with', () => {
		const part = Object.fromEntries(en.labels.map((l) => [l.text, l.part]));
		expect(part['Talks, spring 2025']).toBe('always');
		expect(part['before January 2029']).toBe('discussed');
		expect(part['No deal: the pressure rises']).toBe('pressure');
		expect(part['Disputed mandate since July 2024']).toBe('legitimacy');
	});

	it('has a Spanish edition', () => {
		const es = nextText('es');
		expect(es.labels.map((l) => l.text)).toContain('antes de enero de 2029');
		// The season the reporting gives, and no months it does not.
		expect(es.describe.talks).toContain('en la primavera boreal de 2025');
		expect(es.labels.map((l) => l.text)).toContain('Diálogo, 2025');
		expect(JSON.stringify(es)).not.toMatch(/marzo|mayo/);
	});
});
