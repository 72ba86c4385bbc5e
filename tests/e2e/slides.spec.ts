/**
 * The slides to send ahead, read back from the build as a presenter's software would read them:
 * the PowerPoint unzipped, the PDF parsed. Each file is parsed once per edition.
 */
import { readFileSync, statSync } from 'node:fs';
import JSZip from 'jszip';
import jsQR from 'jsqr';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
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
/** Text as a PDF reader extracts it, where words set as separate runs may come apart: compared without spaces. */
const squeezed = (s: string) => s.replace(/\s+/g, '');

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

inEveryEdition((edition) => {
	const file = `build${edition.path}present/slides.pdf`;
	test.describe('the PDF', () => {
		let pages: string[];
		test.beforeAll(async () => {
			const doc = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
			pages = [];
			for (let i = 1; i <= doc.numPages; i++) {
				const content = await (await doc.getPage(i)).getTextContent();
				pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
			}
		});

		test('has a page per stage, a title page and a closing page, and stays under 10 MB', () => {
			expect(statSync(file).size).toBeLessThan(MAX_BYTES);
			expect(pages).toHaveLength(edition.steps.length + 2);
			expect(squeezed(pages[0]!)).toContain(squeezed(edition.story.title));
			expect(squeezed(pages.at(-1)!)).toContain(squeezed(new URL(edition.path, APP_ORIGIN).href));
		});

		test('text extraction finds each stage’s first words on its page', () => {
			for (const [i, step] of edition.steps.entries()) {
				const first = plain(step.text.map((s) => s.text).join(''))
					.split(' ')
					.slice(0, 6)
					.join(' ');
				expect(squeezed(pages[i + 1]!), step.id).toContain(squeezed(first));
			}
		});

		test('every font it uses is embedded', async () => {
			const pdf = await PDFDocument.load(readFileSync(file));
			const descriptors = pdf.context
				.enumerateIndirectObjects()
				.map(([, object]) => object)
				.filter(
					(o): o is PDFDict =>
						o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor')
				);
			expect(descriptors.length).toBeGreaterThanOrEqual(2);
			for (const d of descriptors)
				expect(['FontFile', 'FontFile2', 'FontFile3'].some((k) => d.has(PDFName.of(k)))).toBe(true);
		});
	});
});

test('the stage and the notes window link both files, served with their types', async ({ page, request }) => {
	const links: string[] = [];
	for (const [path, selector] of [
		['/present/', '.deck .slides a'],
		['/present/notes/', '.help .slides a']
	] as const) {
		await page.goto(path);
		for (const href of await page
			.locator(selector)
			.evaluateAll((els) => els.map((a) => a.getAttribute('href')!)))
			links.push(`${path} ${href}`);
	}
	expect(links).toEqual([
		'/present/ /present/slides.pptx',
		'/present/ /present/slides.pdf',
		'/present/notes/ /present/slides.pptx',
		'/present/notes/ /present/slides.pdf'
	]);
	for (const [file, type] of [
		['slides.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
		['slides.pdf', 'application/pdf']
	])
		expect((await request.get(`/present/${file}`)).headers()['content-type']).toBe(type);
});
