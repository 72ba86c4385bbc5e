/**
 * Vite plugin: `import story from '$content/story.en.aml'` yields the parsed, validated story.
 * A malformed file stops the build (and shows in the dev overlay) with its file, line and reason.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { REFERENCE_LOCALE } from '../src/lib/i18n/editions.js';
import { editionProblems } from '../src/lib/story/edition-check.js';
import { parseStory, StoryError } from '../src/lib/story/parse.js';

export function storyFiles(): Plugin {
	return {
		name: 'story-archieml',
		enforce: 'pre',
		transform(code, id) {
			if (!id.endsWith('.aml')) return null;
			const file = relative(process.cwd(), id);
			try {
				const story = parseStory(code, file);
				const reference = join(dirname(id), `story.${REFERENCE_LOCALE}.aml`);
				if (story.locale !== REFERENCE_LOCALE) {
					this.addWatchFile(reference);
					const referenceFile = relative(process.cwd(), reference);
					const problems = editionProblems(
						parseStory(readFileSync(reference, 'utf8'), referenceFile),
						story,
						file,
						code
					);
					if (problems.length > 0) throw new StoryError(problems);
				}
				return { code: `export default ${JSON.stringify(story)};`, map: null };
			} catch (error) {
				if (error instanceof StoryError) {
					const first = error.problems[0]!;
					this.error({ message: error.message, id, loc: { file: id, line: first.line, column: 0 } });
				}
				throw error;
			}
		}
	};
}
