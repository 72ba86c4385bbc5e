/**
 * pym.js for the snippet builder's pym.js code: the copy pinned in package.json, served from the
 * site itself (/pym.v1.min.js) and named in the snippet with its hash, so a host page runs exactly
 * these bytes or nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const PYM_PATH = '/pym.v1.min.js';

export const pymScript = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'));

/** Subresource integrity of the served copy. */
export const pymIntegrity = `sha384-${createHash('sha384').update(pymScript).digest('base64')}`;
