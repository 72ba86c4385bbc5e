import { describe, expect, it } from 'vitest';
import {
	childIdFrom,
	heightMessages,
	MESSAGE_TYPE,
	parseHostMessage,
	pymMessage,
	wpSecretFrom
} from './messages';

const own = (fields: Record<string, unknown>) => ({ type: MESSAGE_TYPE, kind: 'viewport', ...fields });
const good = own({ top: -120.5, height: 800, width: 1280 });
const pym = (type: string, payload: string, id = 'embed-1') => `pymxPYMx${id}xPYMx${type}xPYMx${payload}`;

describe('parseHostMessage: the project’s own viewport message', () => {
	it('reads a well-formed one', () => {
		expect(parseHostMessage(good, null)).toEqual({
			kind: 'viewport',
			viewport: { top: -120.5, height: 800, width: 1280 }
		});
	});

	const hostile: [string, unknown][] = [
		['NaN top', own({ top: NaN, height: 800, width: 1280 })],
		['Infinity height', own({ top: 0, height: Infinity, width: 1280 })],
		['-Infinity top', own({ top: -Infinity, height: 800, width: 1280 })],
		['negative height', own({ top: 0, height: -800, width: 1280 })],
		['zero width', own({ top: 0, height: 800, width: 0 })],
		['huge height', own({ top: 0, height: 1e9, width: 1280 })],
		['huge top', own({ top: -1e12, height: 800, width: 1280 })],
		['a number as a string', own({ top: '0', height: 800, width: 1280 })],
		['HTML in a field', own({ top: 0, height: '<img src=x onerror=alert(1)>', width: 1280 })],
		['an extra key', { ...good, href: 'javascript:alert(1)' }],
		['a missing key', { type: MESSAGE_TYPE, kind: 'viewport', top: 0, height: 800 }],
		['another kind', { ...good, kind: 'navigate' }],
		['another type', { ...good, type: 'pym' }],
		['an array', [MESSAGE_TYPE, 'viewport', 0, 800, 1280]],
		['null', null],
		['undefined', undefined],
		['a number', 42],
		['a class instance', Object.assign(new (class Fake {})(), good)],
		['an object without a prototype', Object.assign(Object.create(null), good)],
		['a Date', new Date()]
	];
	it.each(hostile)('drops %s', (_, data) => {
		expect(parseHostMessage(data, 'embed-1')).toBeNull();
	});

	it('ignores inherited fields', () => {
		const sneaky = Object.create({ top: 0 }) as Record<string, unknown>;
		Object.assign(sneaky, { type: MESSAGE_TYPE, kind: 'viewport', height: 800, width: 1280 });
		expect(parseHostMessage(sneaky, null)).toBeNull();
	});
});

describe('parseHostMessage: pym.js', () => {
	it('reads viewport-iframe-position as pym.js sends it', () => {
		expect(parseHostMessage(pym('viewport-iframe-position', '390 844 -200.5 0 1800 390'), 'embed-1')).toEqual(
			{
				kind: 'viewport',
				viewport: { top: -200.5, height: 844, width: 390 }
			}
		);
	});

	it('reads a width ping', () => {
		expect(parseHostMessage(pym('width', '640'), 'embed-1')).toEqual({ kind: 'width' });
	});

	const hostile: [string, string, string | null][] = [
		['another child’s id', pym('viewport-iframe-position', '390 844 0 0 1 390', 'other'), 'embed-1'],
		['no child id of ours', pym('width', '640'), null],
		['NaN', pym('viewport-iframe-position', 'NaN 844 0 0 1 390'), 'embed-1'],
		['Infinity', pym('viewport-iframe-position', '390 Infinity 0 0 1 390'), 'embed-1'],
		['a negative height', pym('viewport-iframe-position', '390 -844 0 0 1 390'), 'embed-1'],
		['a huge width', pym('viewport-iframe-position', '999999999 844 0 0 1 390'), 'embed-1'],
		['exponent notation', pym('viewport-iframe-position', '390 8e2 0 0 1 390'), 'embed-1'],
		['too few numbers', pym('viewport-iframe-position', '390 844 0'), 'embed-1'],
		['HTML', pym('viewport-iframe-position', '<img src=x onerror=alert(1)>'), 'embed-1'],
		['a navigation', pym('navigateTo', 'javascript:alert(1)'), 'embed-1'],
		['a scroll request', pym('scrollToChildPos', '100'), 'embed-1'],
		['a width that is not a number', pym('width', '640px'), 'embed-1'],
		['a huge string', pym('width', '1'.repeat(600)), 'embed-1'],
		['a bare string', 'hello', 'embed-1']
	];
	it.each(hostile)('drops %s', (_, data, childId) => {
		expect(parseHostMessage(data, childId)).toBeNull();
	});
});

describe('childIdFrom', () => {
	it('reads the id pym.js puts in the iframe URL', () => {
		expect(childIdFrom('?initialWidth=390&childId=maduro-gdp')).toBe('maduro-gdp');
	});
	it.each(['', '?childId=', '?childId=%3Cscript%3E', '?childId=a%20b', `?childId=${'x'.repeat(65)}`])(
		'gives null for %j',
		(search) => {
			expect(childIdFrom(search)).toBeNull();
		}
	);
});

describe('heightMessages', () => {
	it('says the height in every dialect, rounded up to whole pixels', () => {
		expect(heightMessages(512.2, 'maduro-gdp', 'embed-1')).toEqual([
			{ type: MESSAGE_TYPE, kind: 'height', height: 513 },
			{ sentinel: 'amp', type: 'embed-size', height: 513 },
			{ 'datawrapper-height': { 'maduro-gdp': 513 } },
			'pymxPYMxembed-1xPYMxheightxPYMx513'
		]);
	});
	it('leaves pym.js out without a child id', () => {
		expect(heightMessages(100, 'maduro-gdp', null)).toHaveLength(3);
	});
	it('writes pym.js messages as pym.js reads them', () => {
		expect(pymMessage('a', 'parentPositionInfo', '')).toBe('pymxPYMxaxPYMxparentPositionInfoxPYMx');
	});
});

describe('WordPress’s protocol', () => {
	it('takes a secret of letters and digits from #?secret=, and nothing else', () => {
		expect(wpSecretFrom('#?secret=Ab3xYz9Q0k')).toBe('Ab3xYz9Q0k');
		for (const odd of [
			'',
			'#',
			'#?secret=',
			'#secret=abc',
			'#?secret=ab-c',
			'#?secret=ab c',
			'#?secret=abc&x=1',
			'#?secret=%3Cimg%3E',
			'#?secret=<img>',
			'#?secret=abcé',
			`#?secret=${'a'.repeat(65)}`,
			'#step-gdp-collapse?secret=abc'
		])
			expect(wpSecretFrom(odd), odd).toBeNull();
	});

	it('sends the height with the secret, and only when there is one', () => {
		expect(heightMessages(640.2, 'e', null, 'abc123')).toContainEqual({
			message: 'height',
			value: 641,
			secret: 'abc123'
		});
		expect(heightMessages(640, 'e', null).some((m) => typeof m === 'object' && 'message' in m)).toBe(false);
	});

	it('answers ready with our secret only, in exactly that shape', () => {
		expect(parseHostMessage({ message: 'ready', secret: 'abc123' }, null, 'abc123')).toEqual({
			kind: 'width'
		});
		for (const [name, data, secret] of [
			['another secret', { message: 'ready', secret: 'zzz999' }, 'abc123'],
			['no secret of ours', { message: 'ready', secret: 'abc123' }, null],
			['a secret that is not a string', { message: 'ready', secret: ['abc123'] }, 'abc123'],
			['an extra key', { message: 'ready', secret: 'abc123', value: 1 }, 'abc123'],
			['another message', { message: 'height', secret: 'abc123' }, 'abc123'],
			['a missing secret', { message: 'ready' }, 'abc123'],
			[
				'a prototype-less object',
				Object.assign(Object.create(null), { message: 'ready', secret: 'abc123' }),
				'abc123'
			]
		] as [string, unknown, string | null][])
			expect(parseHostMessage(data, null, secret), name).toBeNull();
	});
});
