import { describe, expect, it } from 'vitest';
import { officialCount, tallyCount } from '$lib/data/election';
import { GRAPHICS } from '$lib/graphics';
import { electionText } from './words';
import { barsOf, electionViews, rowOf } from './view';

describe('the election chart’s states', () => {
	it('has a view for every state the story may name', () => {
		expect(Object.keys(electionViews).sort()).toEqual([...GRAPHICS.election.states].sort());
	});

	it('puts the larger share on top: Maduro on the council’s count, González on the tally sheets', () => {
		expect(rowOf(officialCount, 'maduro')).toBe(0);
		expect(rowOf(tallyCount, 'gonzalez')).toBe(0);
		expect(barsOf(electionViews.official)).toEqual([
			{ share: 51.2, row: 0 },
			{ share: 44.2, row: 1 }
		]);
		const [maduro, gonzalez] = barsOf(electionViews.tally);
		expect(maduro!.row).toBe(1);
		expect(gonzalez!.share).toBeCloseTo(tallyCount.shares.gonzalez, 9);
	});

	it('leaves room for the notes only when the checks come in', () => {
		expect(electionViews.checks.yEnd).toBeGreaterThan(electionViews.tally.yEnd);
		expect(electionViews.official.showMargin).toBe(false);
		expect(electionViews.tally.showMargin).toBe(true);
	});
});

describe('the election chart’s words', () => {
	const en = electionText('en');

	it('states each count’s figures, from the data', () => {
		expect(en.describe.official).toContain('Maduro 51.2%, González 44.2%');
		expect(en.describe.official).toContain('80% of tally sheets');
		expect(en.describe.tally).toContain('81.7% of the total');
		expect(en.describe.tally).toContain('González won about 67% and Maduro about 30%, a lead of 37 points');
		expect(en.marginLabel).toBe('37 points');
	});

	it('notes the four checks with their dates and counts', () => {
		expect(en.notes.map((n) => n.lead)).toEqual([
			'Carter Center, Jul 30:',
			'AP, Aug 2:',
			'Washington Post, Aug 4:',
			'U.N. panel, Aug 13:'
		]);
		expect(en.notes[2]!.text).toBe('23,720 sheets; González 6.9 million, Maduro 3.1 million');
		for (const note of en.notes) expect(en.describe.checks).toContain(note.text);
	});

	it('says in the source line what each count covers', () => {
		expect(en.sources[0]).toMatchObject({
			detail: 'first bulletin, 80% of sheets, no table-by-table results'
		});
		expect(en.sources[1]).toMatchObject({ detail: '24,532 sheets, 81.7%' });
		expect(en.sources.map((s) => s.label).slice(2)).toEqual([
			'Carter Center',
			'AP',
			'Washington Post',
			'U.N. panel'
		]);
	});

	it('tabulates both counts and the margin on each', () => {
		expect(en.rows).toEqual([
			['Maduro', '51.2%', '30.4%'],
			['González', '44.2%', '67.1%'],
			['Others', '4.6%', '2.5%'],
			['González’s lead', '-7 points', '37 points']
		]);
	});

	it('has a Spanish edition with Spanish number formats', () => {
		const es = electionText('es');
		expect(es.describe.official.replace(/\s/g, ' ')).toContain('Maduro 51,2 %');
		expect(es.marginLabel).toBe('37 puntos');
		expect(es.notes[0]!.lead).toBe('Centro Carter, 30 jul:');
	});
});
