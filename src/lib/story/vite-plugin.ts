/**
 * Vite plugin: `import story from '$content/story.en.aml'` yields the parsed, validated story.
 * A malformed file stops the build (and shows in the dev overlay) with its file, line and reason.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { parseStory, StoryError } from './parse.js';

export function storyFiles(): Plugin {
	return {
		name: 'story-archieml',
		enforce: 'pre',
		transform(code, id) {
			if (!id.endsWith('.aml')) return null;
			const file = relative(process.cwd(), id);
			try {
				return { code: `export default ${JSON.stringify(parseStory(code, file))};`, map: null };
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
