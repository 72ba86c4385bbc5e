/**
 * The service worker's rules, as pure functions so they can be tested: which cache belongs to
 * which build, and how each request is answered. (The worker itself is src/service-worker.ts.)
 */

const PREFIX = 'maduro-offline';

/**
 * One cache per deployed copy and build. Two copies of the site can share an origin (the tests
 * serve one at / and one under /news/maduro), so the name carries the base path too.
 */
export function cacheName(base: string, version: string): string {
	return `${PREFIX}:${base || '/'}:${version}`;
}

/** A cache an earlier build of this same copy left behind; other copies' caches are not ours to drop. */
export function isStaleCache(name: string, base: string, version: string): boolean {
	return name.startsWith(`${PREFIX}:${base || '/'}:`) && name !== cacheName(base, version);
}

/** The presenter's slides to send ahead (/present/slides.pptx and .pdf), a few megabytes each. */
const SLIDES = /\/present\/slides\.(pptx|pdf)$/;

/**
 * What the first visit saves for offline use: every page and static file but the share images,
 * which only link previews fetch, and which would otherwise be most of what a reader on a slow
 * connection downloads in the background (a few megabytes, one per step and edition); but the
 * presenter's slides, which only a presenter's visit saves (slidesFor); and but the files hosts
 * read and never serve (one missing answer, and the whole precache fails).
 */
export function precached(paths: readonly string[]): string[] {
	return paths.filter(
		(path) => !path.endsWith('/card.png') && !SLIDES.test(path) && !/\/_(headers|redirects)$/.test(path)
	);
}

/** Every slides file of the build, in every edition. */
export function slideFiles(paths: readonly string[]): string[] {
	return paths.filter((path) => SLIDES.test(path));
}

/**
 * The slides that go with a presenter's page (its stage or its notes window): saved when that page
 * is opened, so a showcase that loses its network still has them to hand out.
 */
export function slidesFor(pathname: string, paths: readonly string[]): string[] {
	const presenter = /^(.*\/present\/)(notes\/)?$/.exec(pathname)?.[1];
	return presenter ? slideFiles(paths).filter((path) => path.startsWith(`${presenter}slides.`)) : [];
}

export type Strategy = 'cache-first' | 'network-first';

/**
 * How a same-origin GET is answered: build output (content-hashed, so it never changes) from
 * the cache first; pages, their data and static files from the network first, so a correction
 * published later reaches a reader who is online, with the cache as the fallback. A path this
 * build did not precache is left to the browser (null).
 */
export function strategyFor(
	pathname: string,
	hashed: ReadonlySet<string>,
	pages: ReadonlySet<string>
): Strategy | null {
	if (hashed.has(pathname)) return 'cache-first';
	if (pages.has(pathname)) return 'network-first';
	return null;
}

/** The content types a path may come with, by its extension (a folder is a page). */
const TYPES: Record<string, string[]> = {
	'': ['text/html'],
	html: ['text/html'],
	js: ['text/javascript', 'application/javascript'],
	css: ['text/css'],
	json: ['application/json'],
	svg: ['image/svg+xml'],
	png: ['image/png'],
	xml: ['application/xml', 'text/xml'],
	txt: ['text/plain'],
	csv: ['text/csv'],
	webmanifest: ['application/manifest+json'],
	pdf: ['application/pdf'],
	pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation']
};

/**
 * Whether an answer may be kept under `pathname`: a whole, direct, same-origin 200 of the type the
 * path says. A captive portal's login page, a host's error page or a redirect is never stored under
 * an asset's name.
 */
export function cacheable(
	pathname: string,
	response: Pick<Response, 'status' | 'type' | 'redirected' | 'headers'>
): boolean {
	const ext = /\.([a-z]+)$/.exec(pathname.endsWith('/') ? '' : pathname)?.[1] ?? '';
	const expected = TYPES[ext];
	const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
	return (
		response.status === 200 &&
		response.type === 'basic' &&
		!response.redirected &&
		(expected?.includes(type) ?? false)
	);
}
