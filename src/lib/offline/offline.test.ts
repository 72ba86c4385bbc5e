import { describe, expect, it } from 'vitest';
import { cacheable, cacheName, isStaleCache, precached, slidesFor, strategyFor } from './offline';

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

	it('leaves the slides to a presenter’s visit: the stage and its notes window save their edition’s', () => {
		const paths = ['/', '/present/', '/present/slides.pptx', '/present/slides.pdf', '/es/present/slides.pdf'];
		expect(precached(paths)).toEqual(['/', '/present/']);
		expect(slidesFor('/present/', paths)).toEqual(['/present/slides.pptx', '/present/slides.pdf']);
		expect(slidesFor('/es/present/notes/', paths)).toEqual(['/es/present/slides.pdf']);
		expect(slidesFor('/news/maduro/present/', ['/news/maduro/present/slides.pptx'])).toEqual([
			'/news/maduro/present/slides.pptx'
		]);
		expect(slidesFor('/', paths)).toEqual([]);
		expect(slidesFor('/present/slides.pdf', paths)).toEqual([]);
	});

	it('never asks for the files hosts read but do not serve', () => {
		expect(precached(['/_headers', '/_redirects', '/news/maduro/_headers', '/headers/'])).toEqual([
			'/headers/'
		]);
	});
});

describe('what may be kept', () => {
	const answer = (status: number, type: string, contentType: string, redirected = false) => ({
		status,
		type: type as ResponseType,
		redirected,
		headers: new Headers({ 'content-type': contentType })
	});

	it('keeps a same-origin 200 of the type its path says', () => {
		expect(cacheable('/', answer(200, 'basic', 'text/html; charset=utf-8'))).toBe(true);
		expect(cacheable('/es/present/', answer(200, 'basic', 'text/html'))).toBe(true);
		expect(cacheable('/_app/immutable/a.js', answer(200, 'basic', 'application/javascript'))).toBe(true);
		expect(cacheable('/__data.json', answer(200, 'basic', 'application/json'))).toBe(true);
		expect(cacheable('/data/gdp.csv', answer(200, 'basic', 'text/csv; charset=utf-8'))).toBe(true);
		expect(cacheable('/map/base.svg', answer(200, 'basic', 'image/svg+xml'))).toBe(true);
	});

	it('never keeps a captive portal’s page, an error, a redirect or another origin’s answer', () => {
		expect(cacheable('/_app/immutable/a.js', answer(200, 'basic', 'text/html'))).toBe(false);
		expect(cacheable('/__data.json', answer(200, 'basic', 'text/html'))).toBe(false);
		expect(cacheable('/', answer(404, 'basic', 'text/html'))).toBe(false);
		expect(cacheable('/', answer(200, 'basic', 'text/html', true))).toBe(false);
		expect(cacheable('/', answer(200, 'opaque', ''))).toBe(false);
		expect(cacheable('/', answer(200, 'cors', 'text/html'))).toBe(false);
		expect(cacheable('/file.bin', answer(200, 'basic', 'application/octet-stream'))).toBe(false);
	});
});
