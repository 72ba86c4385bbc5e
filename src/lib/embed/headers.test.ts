/** The shipped response headers: the embeds can be framed anywhere, nothing else can. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '$lib/share/editions';

function rules(file: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	let path = '';
	for (const line of file.split('\n')) {
		if (line.startsWith('#') || line.trim() === '') continue;
		if (!/^\s/.test(line)) map.set((path = line.trim()), []);
		else map.get(path)!.push(line.trim());
	}
	return map;
}

const headers = rules(readFileSync('static/_headers', 'utf8'));
const site = headers.get('/*') ?? [];

describe('static/_headers', () => {
	it('keeps every page out of other sites’ frames', () => {
		expect(site).toContain('X-Frame-Options: SAMEORIGIN');
	});

	it('never sets frame-ancestors for the whole site, where it would stack onto the embeds and forbid them', () => {
		expect(site.join('\n')).not.toMatch(/frame-ancestors/);
	});

	it('lets any page frame the embeds, in every edition', () => {
		for (const edition of EDITIONS)
			expect(headers.get(`${edition.path}embed/*`) ?? [], edition.path).toContain(
				'Content-Security-Policy: frame-ancestors *'
			);
	});

	it('sets a content security policy that loads nothing from elsewhere', () => {
		const csp = site.find((h) => h.startsWith('Content-Security-Policy:'))!;
		expect(csp).toMatch(/default-src 'self'/);
		expect(csp).toMatch(/object-src 'none'/);
		expect(csp).toMatch(/base-uri 'self'/);
	});

	it('lets other sites load the loader', () => {
		expect(headers.get('/embed.js')).toContain('Cross-Origin-Resource-Policy: cross-origin');
	});
});
