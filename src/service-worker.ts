/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline once loaded: the first visit precaches the built site (the story, presenter mode,
 * embeds, in every edition), so a showcase screen keeps running with the network gone. The
 * rules live in $lib/offline/offline.ts.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import {
	cacheable,
	cacheName,
	isStaleCache,
	precached,
	slideFiles,
	slidesFor,
	strategyFor
} from '$lib/offline/offline';

// The worker's global scope: the DOM lib's `self` is typed as a Window.
const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = cacheName(base, version);
const hashed = new Set(build);
const pages = new Set(precached([...prerendered, ...files]));
/** Served like pages, but saved only once a presenter's page has been opened. */
const known = new Set([...pages, ...slideFiles(prerendered)]);

/** Saves every file of this build, or fails the install (to be tried again) if any answer is wrong. */
async function precache(): Promise<void> {
	const cache = await caches.open(CACHE);
	await Promise.all(
		[...hashed, ...pages].map(async (path) => {
			const response = await fetch(path, { cache: 'no-cache' });
			if (!cacheable(path, response)) throw new Error(`offline: ${path} answered ${response.status}`);
			await cache.put(path, response);
		})
	);
}

sw.addEventListener('install', (event) => {
	event.waitUntil(precache().then(() => sw.skipWaiting()));
});

/** Saves a presenter's slides in the background, where they are not saved yet. */
async function saveSlides(paths: string[]): Promise<void> {
	const cache = await caches.open(CACHE);
	for (const path of paths) {
		if (await cache.match(path)) continue;
		const response = await fetch(path);
		if (cacheable(path, response)) await cache.put(path, response);
	}
}

/** The slides of every presenter's page open now, the one that registered this worker included. */
async function slidesOfOpenPresenters(): Promise<string[]> {
	const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return open.flatMap((client) => slidesFor(new URL(client.url).pathname, [...known]));
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		Promise.all([
			caches
				.keys()
				.then((names) =>
					Promise.all(
						names.filter((name) => isStaleCache(name, base, version)).map((name) => caches.delete(name))
					)
				),
			// The slides are a convenience: without a network to fetch them, the worker still takes over.
			slidesOfOpenPresenters()
				.then(saveSlides)
				.catch(() => undefined)
		])
	);
});

async function cacheFirst(request: Request, key: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(key);
	if (cached) return cached;
	const response = await fetch(request);
	if (cacheable(key, response)) await cache.put(key, response.clone());
	return response;
}

async function networkFirst(request: Request, key: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		// Only a whole, direct answer of the right type replaces the copy.
		if (cacheable(key, response)) await cache.put(key, response.clone());
		return response;
	} catch (offline) {
		const cached = await cache.match(key);
		if (cached) return cached;
		throw offline;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	// The cache holds one copy per path: `?auto=10` and `?x-sveltekit-invalidated` read the same page.
	const strategy = strategyFor(url.pathname, hashed, known);
	const slides = slidesFor(url.pathname, [...known]);
	if (slides.length > 0) event.waitUntil(saveSlides(slides).catch(() => undefined));
	if (strategy === 'cache-first') event.respondWith(cacheFirst(request, url.pathname));
	else if (strategy === 'network-first') event.respondWith(networkFirst(request, url.pathname));
});
