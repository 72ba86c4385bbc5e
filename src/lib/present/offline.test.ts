import { describe, expect, it } from 'vitest';
import { cacheName, isStaleCache, precached, strategyFor } from './offline';

describe('offline caches', () => {
	it('names a cache after the copy and the build', () => {
		expect(cacheName('', 'v2')).not.toBe(cacheName('', 'v1'));
		expect(cacheName('', 'v1')).not.toBe(cacheName('/news/maduro', 'v1'));
	});

	it('drops only this copy’s caches from earlier builds', () => {
		expect(isStaleCache(cacheName('', 'v1'), '', 'v2')).toBe(true);
		expect(isStaleCache(cacheName('', 'v2'), '', 'v2')).toBe(false);
		expect(isStaleCache(cacheName('/news/maduro', 'v1'), '', 'v2')).toBe(false);
		expect(isStaleCache(cacheName('', 'v1'), '/news/maduro', 'v2')).toBe(false);
		expect(isStaleCache('someone-elses-cache', '', 'v2')).toBe(false);
	});

	it('answers hashed assets from the cache first and pages from the network first', () => {
		const hashed = new Set(['/_app/immutable/entry/start.abc123.js']);
		const pages = new Set(['/', '/present/', '/__data.json', '/favicon.svg']);
		expect(strategyFor('/_app/immutable/entry/start.abc123.js', hashed, pages)).toBe('cache-first');
		expect(strategyFor('/present/', hashed, pages)).toBe('network-first');
		expect(strategyFor('/favicon.svg', hashed, pages)).toBe('network-first');
		expect(strategyFor('/news/maduro/present/', hashed, pages)).toBeNull();
		expect(strategyFor('/present', hashed, pages)).toBeNull();
	});

	it('saves every page and file of every edition but the share images', () => {
		expect(
			precached([
				'/',
				'/es/',
				'/es/present/',
				'/s/gdp-collapse/',
				'/s/gdp-collapse/card.png',
				'/es/s/card.png',
				'/embed.js'
			])
		).toEqual(['/', '/es/', '/es/present/', '/s/gdp-collapse/', '/embed.js']);
	});

	it('never asks for the files hosts read but do not serve', () => {
		expect(precached(['/_headers', '/_redirects', '/news/maduro/_headers', '/headers/'])).toEqual([
			'/headers/'
		]);
	});
});
