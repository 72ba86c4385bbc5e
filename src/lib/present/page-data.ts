/** What the presenter's windows need, settled at build time like the story page's data. */
import { graphicTexts } from '$lib/charts/texts';
import type { Story } from '$lib/story/types';
import { uiText } from '$lib/story/ui';
import { presenterText } from './text';

export function presenterPageData(story: Story) {
	return {
		title: story.title,
		sections: story.sections,
		texts: graphicTexts(story.locale),
		quoteTo: uiText(story).quoteTo,
		ui: presenterText(story.locale)
	};
}
