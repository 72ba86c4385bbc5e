/**
 * The slides to send ahead, read back from the build as a presenter's software would read them:
 * the PowerPoint unzipped, the PDF parsed. Each file is parsed once per edition.
 */
import { readFileSync, statSync } from 'node:fs';
import JSZip from 'jszip';
import jsQR from 'jsqr';
import { expect, inEveryEdition, test } from './fixtures';
import { APP_ORIGIN } from './fixtures/ports';
import { decodePng } from './png';

const MAX_BYTES = 10 * 1024 * 1024;

/** Every text run of an Office XML part, joined. */
const textOf = (xml: string) =>
	[...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
		.map((m) => m[1]!)
		.join('')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'");

const plain = (s: string) => s.replace(/\s+/g, ' ').trim();

inEveryEdition((edition) => {
	const file = `build${edition.path}present/slides.pptx`;
	test.describe('the PowerPoint', () => {
		let zip: JSZip;
		const part = (name: string) => zip.file(name)!.async('string');
		test.beforeAll(async () => {
			zip = await JSZip.loadAsync(readFileSync(file));
		});

		test('has a slide per stage, a title slide and a closing slide, and stays under 10 MB', async () => {
			expect(statSync(file).size).toBeLessThan(MAX_BYTES);
			const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
			expect(slides).toHaveLength(edition.steps.length + 2);
			expect(textOf(await part('ppt/slides/slide1.xml'))).toContain(edition.story.title);
		});

		test('each stage’s slide holds its words, kicker and counter, with the figures in bold', async () => {
			for (const [i, step] of edition.steps.entries()) {
				const xml = await part(`ppt/slides/slide${i + 2}.xml`);
				const text = plain(textOf(xml));
				expect(text, step.id).toContain(plain(step.text.map((s) => s.text).join('')));
				expect(text, step.id).toContain(`${i + 1} / ${edition.steps.length}`);
				for (const fact of step.text.filter((s) => s.kind === 'fact'))
					expect(xml, `${step.id}: ${fact.text} in bold`).toMatch(
						new RegExp(
							`<a:rPr[^>]*\\bb="1"[^>]*>(?:(?!</a:r>).)*<a:t>${fact.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</a:t>`
						)
					);
			}
		});

		test('every stage with presenter notes has them as speaker notes, with sources', async () => {
			for (const [i, step] of edition.steps.entries()) {
				const rels = await part(`ppt/slides/_rels/slide${i + 2}.xml.rels`);
				const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
				expect(notesFile, step.id).toBeDefined();
				const notes = plain(textOf(await part(`ppt/notesSlides/${notesFile}`)));
				if (step.presenterNote) expect(notes, step.id).toContain(plain(step.presenterNote));
				expect(notes, step.id).toMatch(/Sources|Fuentes/);
			}
		});

		test('every image decodes, and the first and closing slides’ codes open the story', async () => {
			const images = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/') && !zip.files[n]!.dir);
			expect(images.length).toBeGreaterThan(edition.steps.length);
			for (const name of images) {
				const { width, height } = decodePng(Buffer.from(await zip.file(name)!.async('uint8array')));
				expect(width * height, name).toBeGreaterThan(0);
			}
			const address = new URL(edition.path, APP_ORIGIN).href;
			for (const slide of [1, edition.steps.length + 2]) {
				const rels = await part(`ppt/slides/_rels/slide${slide}.xml.rels`);
				const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)![1]!;
				const { width, height, rgba } = decodePng(
					Buffer.from(await zip.file(`ppt/media/${media}`)!.async('uint8array'))
				);
				expect(jsQR(new Uint8ClampedArray(rgba), width, height)?.data, `slide ${slide}`).toBe(address);
				expect(textOf(await part(`ppt/slides/slide${slide}.xml`))).toContain(address);
			}
			// The stages' graphics at slide resolution.
			const rels = await part('ppt/slides/_rels/slide2.xml.rels');
			const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)![1]!;
			expect(
				decodePng(Buffer.from(await zip.file(`ppt/media/${media}`)!.async('uint8array'))).width
			).toBeGreaterThanOrEqual(1920);
		});
	});
});
