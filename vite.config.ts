import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { storyFiles } from './tooling/story-files.js';
import { unreachableModules } from './tooling/unreachable-modules.js';
import { colourTokens } from './tooling/colour-tokens.js';
import { customMedia } from './tooling/custom-media.js';

export default defineConfig({
	plugins: [storyFiles(), unreachableModules(), colourTokens(), customMedia(), sveltekit()],
	build: {
		sourcemap: !!process.env.SOURCEMAP,
		rolldownOptions: {
			// SvelteKit's prerender step triggers Rolldown's timing report on every build; it is noise here.
			checks: { pluginTimings: false },
			output: {
				codeSplitting: {
					groups: [
						{
							// The story model and every graphic in one chunk, even where other routes (the embeds)
							// share parts of it: split into shared pieces, it compresses worse and costs the story
							// route kilobytes. The scrolling machinery (src/lib/scrolly, scrollama) stays out, so a
							// single-graphic embed or the presenter does not load what only a scrolling page uses.
							name: 'story',
							test: /[\\/]src[\\/]lib[\\/](story|graphics|data|hydration|theme)[\\/]|[\\/]node_modules[\\/](layercake|d3-(?:array|color|format|interpolate|scale|time|time-format)|internmap)[\\/]/
						},
						{
							// What the story page shares with the embedded story (scenes, cards, the trigger line)
							// in one chunk: as a few small shared chunks, each costs a phone a request whose
							// headers outweigh it. The page's own scrolling (scrollama, its driver) stays with the page.
							name: 'scenes',
							test: /[\\/]src[\\/]lib[\\/]scrolly[\\/](?!ScrollyStory|scroll-|hash-driver)/
						}
					]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/vitest.json' },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tooling/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'src/**/*.browser.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['./tests/vitest-setup.ts']
				}
			},
			{
				extends: true,
				// Known before the first test file loads, so Vite never reloads a running test to add them.
				optimizeDeps: { include: ['d3-geo', 'svelte/server'] },
				plugins: [
					{
						// The mounted map asks for its base map, a prerendered route this server cannot run.
						name: 'base-map-stand-in',
						configureServer(server) {
							server.middlewares.use('/map/base.svg', (_request, response) => {
								response.setHeader('content-type', 'image/svg+xml');
								response.end('<svg xmlns="http://www.w3.org/2000/svg"/>');
							});
						}
					}
				],
				test: {
					name: 'browser',
					include: ['src/**/*.browser.test.ts'],
					globalSetup: ['./tests/vitest-browser-setup.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({ launchOptions: process.env.VITEST ? chromiumLaunchOptions() : {} }),
						instances: [{ browser: 'chromium' }],
						// Separate checkouts can run their suites side by side on one machine.
						api: { port: Number(process.env.VITEST_BROWSER_PORT ?? 63315) }
					}
				}
			}
		]
	}
});
