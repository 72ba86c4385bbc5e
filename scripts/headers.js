// The response headers the site needs, written by the build into `_headers` (the file Netlify and
// Cloudflare Pages read), and applied by scripts/serve.mjs the way those hosts do.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Scripts a browser runs; other types (JSON-LD) are data, outside `script-src`. */
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * The sha256 of every inline script in a page, as the browser hashes it: the element's text, with
 * line breaks normalised as the HTML parser does.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
	const hashes = [];
	for (const [, attrs = '', text = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		if (/\bsrc\s*=/i.test(attrs)) continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
		if (!SCRIPT_TYPES.has(type)) continue;
		const bytes = text.replace(/\r\n?/g, '\n');
		hashes.push(createHash('sha256').update(bytes, 'utf8').digest('base64'));
	}
	return hashes;
}

/**
 * The site's policy: everything from its own origin, inline scripts only by their hash.
 * @param {Iterable<string>} hashes
 */
export function contentSecurityPolicy(hashes) {
	const scripts = [...new Set(hashes)].sort().map((h) => `'sha256-${h}'`);
	return [
		"default-src 'self'",
		["script-src 'self'", ...scripts].join(' '),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"frame-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'none'"
	].join('; ');
}

/**
 * The `_headers` file for a build under `base`. Hosts that read it merge the rules matching a path
 * in one of two ways: the last rule's value wins (Netlify) or the values are joined with commas
 * (Cloudflare Pages). So each page's policy sits in one rule of its own (share pages, whose
 * scripts are the same, share one per edition) and no other rule matching a page sets one: either
 * merge gives the page its policy whole, with the hashes of its own scripts only, and files other
 * than pages carry no policy to weigh on every response. Only the embeds add `frame-ancestors *`;
 * elsewhere X-Frame-Options (which browsers ignore where frame-ancestors is present) keeps pages
 * out of frames.
 *
 * SvelteKit's own files (`/_app/immutable/*`: modules, styles, fonts) are allowed to any origin: a
 * page in a sandboxed frame (`sandbox="allow-scripts"`, as WordPress frames every embed) has an
 * opaque origin, and module scripts load in CORS mode, so without the header the embed never
 * wakes. They are public, content-hashed files; no page's own policy or framing rule changes.
 * @param {{ base: string, pages: { path: string, hashes: string[] }[], embeds: string[], files: string[] }} site
 *   `pages`: each page's path (a rule's pattern) and its scripts' hashes; `embeds`: each edition's
 *   embed folder (`/embed/`, `/es/embed/`); `files`: static files other sites load (the loader, pym.js).
 */
export function headersFile({ base, pages, embeds, files }) {
	const rule = (/** @type {string} */ path, /** @type {string[]} */ lines) =>
		`${base}${path}\n${lines.map((l) => `  ${l}\n`).join('')}`;
	const framable = (/** @type {string} */ path) => embeds.some((e) => path.startsWith(e) && path !== e);
	return [
		'# Written by the build (scripts/headers.js): the inline scripts are allowed by their hashes.\n' +
			rule('/*', [
				'X-Frame-Options: SAMEORIGIN',
				'X-Content-Type-Options: nosniff',
				'Referrer-Policy: strict-origin-when-cross-origin',
				'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
				'Strict-Transport-Security: max-age=31536000'
			]),
		...pages.map(({ path, hashes }) =>
			rule(path, [
				`Content-Security-Policy: ${contentSecurityPolicy(hashes)}${framable(path) ? '; frame-ancestors *' : ''}`
			])
		),
		...embeds.map((path) => rule(`${path}*`, ['Cross-Origin-Resource-Policy: cross-origin'])),
		rule('/_app/immutable/*', [
			'Access-Control-Allow-Origin: *',
			'Cross-Origin-Resource-Policy: cross-origin'
		]),
		...files.map((path) =>
			rule(path, [
				'Cross-Origin-Resource-Policy: cross-origin',
				'Access-Control-Allow-Origin: *',
				'Cache-Control: public, max-age=600'
			])
		)
	].join('\n');
}

/** @param {string} dir @returns {string[]} every file under `dir` */
function walk(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/**
 * Writes `<dir>/_headers` from the pages as built, so no hash can go stale.
 * @param {string} dir @param {string} base
 */
export function writeHeaders(dir, base) {
	const paths = walk(dir).map((f) => `/${relative(dir, f)}`);
	/** @type {Map<string, Set<string>>} each rule's pattern, and the hashes of the pages it covers */
	const rules = new Map();
	for (const file of paths.filter((p) => p.endsWith('.html'))) {
		const page = file.replace(/(index)?\.html$/, '');
		const path = page.replace(/^((\/[a-z]{2})?\/s\/)[^/]+\/$/, '$1*');
		const hashes = rules.get(path) ?? new Set();
		for (const hash of inlineScriptHashes(readFileSync(join(dir, file), 'utf8'))) hashes.add(hash);
		rules.set(path, hashes);
	}
	const pages = [...rules].map(([path, hashes]) => ({ path, hashes: [...hashes] }));
	const embeds = pages.map((p) => p.path).filter((p) => /^(\/[a-z]{2})?\/embed\/$/.test(p));
	const files = paths.filter((p) => p === '/embed.js' || /^\/pym\.v[\d.]+\.min\.js$/.test(p));
	writeFileSync(join(dir, '_headers'), headersFile({ base, pages, embeds, files }));
}

/**
 * SvelteKit's adapter, followed by writing `_headers` into what it wrote.
 * @param {import('@sveltejs/kit').Adapter} adapter @param {string} dir the adapter's output
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withHeaders(adapter, dir) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			writeHeaders(dir, builder.config.kit.paths.base);
		}
	};
}

/**
 * @typedef {{ pattern: RegExp, headers: [string, string][] }} Rule
 * @param {string} text a `_headers` file
 * @returns {Rule[]}
 */
export function parseHeaders(text) {
	/** @type {Rule[]} */
	const rules = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.split('*')
				.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'))
				.join('.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (rule && colon > 0)
			rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * The headers a host sends for `pathname`, from every rule that matches it, in file order:
 * `last` keeps the last value of a header (Netlify merges rules with Object.assign), `join`
 * joins the values with a comma (Cloudflare Pages).
 * @param {Rule[]} rules @param {string} pathname @param {'last' | 'join'} merge
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname, merge) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const rule of rules) {
		if (!rule.pattern.test(pathname)) continue;
		for (const [name, value] of rule.headers)
			out[name] = merge === 'join' && Object.hasOwn(out, name) ? `${out[name]}, ${value}` : value;
	}
	return out;
}
