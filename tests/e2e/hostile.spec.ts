/**
 * Hostile and careless inputs: huge addresses, floods of messages, and what pages keep to
 * themselves (presenter notes) or send elsewhere (embeds' source links). The shared fixture fails
 * any test on a console error, a page error or a CSP violation.
 */
import { BASE_PATH } from '../../playwright.config';
import { channelName } from '../../src/lib/present/channel';
import { builtPages, editions, expect, hydrated, steps, test } from './fixtures';
import { EMBEDDABLE, embedOpening, hostUrl } from './fixtures/embeds';
import { APP_ORIGIN } from './fixtures/ports';
import { deck, openPresenter } from './present-helpers';

const HUGE = 'x'.repeat(100_000);

test.describe('presenter notes', () => {
	test('stay out of every page and its data but the presenter’s and its notes window', async ({
		request
	}) => {
		for (const [dir, base] of [
			['build', ''],
			['build-base', BASE_PATH]
		] as const) {
			for (const edition of editions) {
				// A run of words from each note, which no escaping (HTML, JSON, script) changes.
				const notes = edition.steps
					.map((s) => s.presenterNote && /[A-Za-zÀ-ÿ ]{16,}/.exec(s.presenterNote)?.[0])
					.filter((n): n is string => !!n);
				expect(notes.length, edition.path).toBeGreaterThan(0);
				for (const page of builtPages(dir)) {
					const inEdition =
						edition.path === '/' ? !/^\/[a-z]{2}\//.test(page) : page.startsWith(edition.path);
					if (!inEdition) continue;
					const html = await (await request.get(`${base}${page}`)).text();
					const data = await request.get(`${base}${page}__data.json`);
					const text = html + (data.ok() ? await data.text() : '');
					const isPresenter = /\/present\/(notes\/)?$/.test(page);
					const found = notes.filter((n) => text.includes(n));
					if (isPresenter) expect(found.length, `${base}${page}`).toBeGreaterThan(0);
					else expect(found, `${base}${page}`).toEqual([]);
				}
			}
		}
	});
});

test('source links open in a new tab: an embed keeps its graphic, a reader keeps their place', async ({
	page,
	request
}) => {
	for (const path of [`/embed/${EMBEDDABLE[0]}/`, '/es/embed/story/', '/']) {
		// As prerendered, for readers without JavaScript; then as the live page keeps them.
		const html = await (await request.get(path)).text();
		const links = [...html.matchAll(/<a [^>]*href="https?:[^"]*"[^>]*>/g)].map((m) => m[0]);
		expect(links.length, path).toBeGreaterThan(0);
		for (const link of links) {
			expect(link, path).toContain('target="_blank"');
			expect(link, path).toMatch(/rel="external noopener"/);
		}
		await page.goto(path);
		await expect(page.locator('[data-active-step]').first()).toBeAttached();
		const live = page.locator('a[href^="http"]');
		expect(await live.count()).toBe(links.length);
		for (const link of await live.all()) await expect(link).toHaveAttribute('target', '_blank');
	}
});

test('a 100,000-character ?step= or #step- opens the default step, quickly and without an error', async ({
	page
}) => {
	const graphic = EMBEDDABLE[0]!;
	// No server takes a request line that long (Node answers 431): the page is asked for without
	// the query, and the browser keeps the address with it, which is what the page reads.
	await page.route(
		(url) => url.search.length > 50_000,
		(route) => route.continue({ url: route.request().url().split('?')[0] })
	);
	await page.goto(`/embed/${graphic}/?step=${HUGE}`);
	expect(page.url().length).toBeGreaterThan(100_000);
	// A graphic's default is the step its card shows.
	await expect(page.locator('main.embed')).toHaveAttribute('data-active-step', embedOpening(graphic).id);

	await page.goto(`/#step-${HUGE}`);
	await hydrated(page);
	await expect(page.locator('.story')).toHaveAttribute('data-active-step', steps[0]!.id);

	await openPresenter(page, `#step-${HUGE}`);
	await expect(deck(page)).toHaveAttribute('data-active-step', steps[0]!.id);

	await page.goto(`/embed/story/#step-${HUGE}`);
	await expect(page.locator('.embed-story')).toHaveAttribute('data-layout', /linear|host/);
});

test('a host flooding the embedded story with 10,000 viewport messages handles every one and still follows the host', async ({
	page
}) => {
	// Runs on the desktop only (untagged): the message handling is the same code on a phone. How long
	// the messages take is a timing, which belongs in the benchmark (npm run bench), not here.
	await page.goto(hostUrl('loader', ['/embed/story/']));
	const root = page.frameLocator('#embed-0').locator('.embed-story');
	await expect(root).toHaveAttribute('data-layout', 'host');
	// In view: a browser draws no frames for an embed scrolled out of sight.
	await page.evaluate(() => document.getElementById('embed-0')!.scrollIntoView());
	const frame = (await (await page.locator('#embed-0').elementHandle())!.contentFrame())!;
	await expect(root).toHaveAttribute('data-active-step', steps[0]!.id);
	await expect(frame.locator('.island:not([data-hydrated])')).toHaveCount(0);
	// Settled: whatever the page does on its own is done before the flood.
	await frame.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
	const settled = frame.evaluate(
		() =>
			new Promise<void>((resolve) =>
				addEventListener('message', (e) => {
					if ((e.data as { sentinel?: string } | null)?.sentinel !== 'test-done') return;
					requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
				})
			)
	);
	const top = await page.evaluate(() => document.getElementById('embed-0')!.getBoundingClientRect().top);
	const sent = await page.evaluate(
		async ({ origin, top }) => {
			const embed = (document.getElementById('embed-0') as HTMLIFrameElement).contentWindow!;
			const message = (t: number) => ({
				type: 'maduro-embed',
				kind: 'viewport',
				top: t,
				height: 800,
				width: 1200
			});
			let count = 0;
			// 100 batches of 100, spread over a second, all where the embed is: the cost of the messages
			// themselves, not of drawing the story anew each frame (which a reader's scrolling costs too).
			for (let batch = 0; batch < 100; batch++) {
				for (let i = 0; i < 100; i++) {
					embed.postMessage(message(top), origin);
					count++;
				}
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
			embed.postMessage({ sentinel: 'test-done' }, '*');
			return { count };
		},
		{ origin: APP_ORIGIN, top }
	);
	expect(sent.count).toBe(10_000);
	// Every message handled (they arrive in order), and the last one drawn, on the step they all name.
	await settled;
	await expect(root).toHaveAttribute('data-active-step', steps[0]!.id);

	// It kept up: the host's own scrolling, through the loader, drives it again.
	await page.evaluate(() => window.scrollBy({ top: window.innerHeight * 3, behavior: 'instant' }));
	await expect(root).not.toHaveAttribute('data-active-step', steps[0]!.id);
});

test.describe('the notes window', () => {
	test('a flood on the presenter’s channel leaves it responsive and on the last valid step', async ({
		page,
		context
	}) => {
		await page.goto('/present/notes/');
		const notes = page.locator('.notes-window');
		await expect(notes).toHaveAttribute('data-live', 'true');
		// Another page of the site: anything on the origin can speak on the channel.
		const other = await context.newPage();
		await other.goto('/robots.txt');
		const target = steps[Math.floor(steps.length / 2)]!.id;
		await other.evaluate(
			({ name, ids, target, huge }) => {
				const channel = new BroadcastChannel(name);
				const junk: unknown[] = [
					{ kind: 'go', id: huge },
					{ kind: 'go', id: 'no-such-step' },
					{ kind: 'go', id: ids[1], extra: 1 },
					{ kind: 'hello', id: ids[1] },
					{ kind: 'go', id: 5 },
					[{ kind: 'go', id: ids[1] }],
					null,
					huge
				];
				for (let i = 0; i < 10_000; i++) channel.postMessage(junk[i % junk.length]);
				for (const id of ids) channel.postMessage({ kind: 'go', id });
				channel.postMessage({ kind: 'go', id: target });
				channel.close();
			},
			{ name: channelName('/present/'), ids: steps.map((s) => s.id), target, huge: HUGE }
		);
		await expect(notes).toHaveAttribute('data-active-step', target);
		// And it still answers its reader.
		await page.keyboard.press('ArrowRight');
		await expect(notes).not.toHaveAttribute('data-active-step', target);
	});
});
