// A small static server for the built site: compression, correct types, the sub-path a deploy uses,
// and each mount's `_headers` applied as a static host applies it.
// Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--mount /=build] [--mount /sub=build-sub]
//   [--merge last|join]: where several rules match, keep the last value (Netlify, the default) or
//   join them with commas (Cloudflare Pages). --port 0 picks a free port; the address is printed.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '4173'));
const host = option('host', '127.0.0.1');
const merge = option('merge', 'last');
if (merge !== 'last' && merge !== 'join') {
	console.error(`serve: --merge is "last" or "join", not "${merge}"`);
	process.exit(1);
}
const specs = args.flatMap((a, i) => (a === '--mount' && args[i + 1] ? [args[i + 1]] : []));
const mounts = (specs.length > 0 ? specs : ['/=build'])
	.map((m) => {
		const [prefix, dir] = m.split('=');
		return { prefix: prefix.replace(/\/$/, ''), dir: resolve(dir) };
	})
	.map((m) => {
		// The file sits at the publish root, its paths prefixed with the copy's base path.
		const file = join(m.dir, '_headers');
		return { ...m, rules: existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [] };
	})
	.sort((a, b) => b.prefix.length - a.prefix.length);
for (const m of mounts) {
	if (!existsSync(m.dir)) {
		console.error(`serve: ${m.dir} does not exist; run the build first (npm run build)`);
		process.exit(1);
	}
}

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.pdf': 'application/pdf',
	'.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
};
const compressible = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.svg',
	'.xml',
	'.txt',
	'.csv',
	'.webmanifest'
]);

function locate(pathname) {
	const mount = mounts.find((m) => pathname === m.prefix || pathname.startsWith(`${m.prefix}/`));
	if (!mount) return null;
	const rest = normalize(decodeURIComponent(pathname.slice(mount.prefix.length)) || '/');
	if (rest.includes('..')) return null;
	// Hosts read these files; they never serve them.
	if (rest === '/_headers' || rest === '/_redirects') return { file: null, mount };
	let file = join(mount.dir, rest);
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) ? { file, mount } : { file: null, mount };
}

const server = createServer((req, res) => {
	let pathname;
	try {
		pathname = new URL(req.url ?? '/', 'http://x').pathname;
	} catch {
		res.writeHead(400).end();
		return;
	}
	let found;
	try {
		found = locate(pathname);
	} catch {
		found = null;
	}
	// A directory without its trailing slash: send the reader to the canonical address.
	if (found?.file && !pathname.endsWith('/') && !extname(pathname) && found.file.endsWith('index.html')) {
		res.writeHead(308, { location: `${pathname}/` }).end();
		return;
	}
	if (!found?.file) {
		const notFound = found?.mount && join(found.mount.dir, '404.html');
		res.writeHead(404, {
			'content-type': types['.html'],
			...(found?.mount && headersFor(found.mount.rules, pathname, merge))
		});
		if (notFound && existsSync(notFound)) createReadStream(notFound).pipe(res);
		else res.end('Not found');
		return;
	}
	const ext = extname(found.file);
	const headers = {
		'content-type': types[ext] ?? 'application/octet-stream',
		'cache-control': found.file.includes('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		...headersFor(found.mount.rules, pathname, merge)
	};
	const gzip = compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
	if (gzip) headers['content-encoding'] = 'gzip';
	headers.vary = 'accept-encoding';
	res.writeHead(200, headers);
	if (req.method === 'HEAD') return res.end();
	const stream = createReadStream(found.file);
	if (gzip) stream.pipe(createGzip({ level: 9 })).pipe(res);
	else stream.pipe(res);
});

server.listen(port, host, () => {
	const address = server.address();
	const at = typeof address === 'object' && address ? address.port : port;
	for (const m of [...mounts].reverse())
		console.log(
			`Serving ${m.dir} at http://${host}:${at}${m.prefix}/ (_headers: ${m.rules.length} rules, merge ${merge})`
		);
});
