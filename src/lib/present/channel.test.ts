import { describe, expect, it } from 'vitest';
import { channelName, parseMessage } from './channel';

const known = new Set(['gdp-collapse', 'armada-region']);
const isKnown = (id: string) => known.has(id);

describe('presenter channel messages', () => {
	it('accepts a step change to a known step, and a hello', () => {
		expect(parseMessage({ kind: 'go', id: 'gdp-collapse' }, isKnown)).toEqual({
			kind: 'go',
			id: 'gdp-collapse'
		});
		expect(parseMessage({ kind: 'hello' }, isKnown)).toEqual({ kind: 'hello' });
	});

	it('drops a step the story does not have', () => {
		expect(parseMessage({ kind: 'go', id: 'no-such-step' }, isKnown)).toBeNull();
		expect(parseMessage({ kind: 'go', id: '' }, isKnown)).toBeNull();
		expect(parseMessage({ kind: 'go', id: 'x'.repeat(5000) }, () => true)).toBeNull();
		expect(parseMessage({ kind: 'go', id: '__proto__' }, isKnown)).toBeNull();
	});

	it('drops anything of another shape', () => {
		const hostile: unknown[] = [
			null,
			undefined,
			'go',
			42,
			['go', 'gdp-collapse'],
			{},
			{ kind: 'GO', id: 'gdp-collapse' },
			{ kind: 'go' },
			{ kind: 'go', id: 7 },
			{ kind: 'go', id: ['gdp-collapse'] },
			{ kind: 'go', id: 'gdp-collapse', extra: true },
			{ kind: 'hello', id: 'gdp-collapse' },
			{ kind: 'reload' },
			new Date(),
			new Map([['kind', 'go']]),
			Object.assign(Object.create({ kind: 'go' }) as object, { id: 'gdp-collapse' })
		];
		for (const data of hostile) expect(parseMessage(data, isKnown)).toBeNull();
	});

	it('gives each deployed copy of the site its own channel', () => {
		expect(channelName('')).not.toBe(channelName('/news/maduro'));
		expect(channelName('/present/')).not.toBe(channelName('/es/present/'));
	});
});
