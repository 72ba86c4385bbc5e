import { base } from '$app/paths';
import { embeddableGraphics, embedGraphicData } from '$lib/page-data/embed';
import { editionPath } from '$lib/i18n/editions';
import { graphicMeta, headHtml } from '$lib/share/meta';
import { editionParams, storyAt } from '$lib/story/stories';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	editionParams().flatMap((edition) =>
		embeddableGraphics(storyAt(edition.lang)).map((graphic) => ({ ...edition, graphic }))
	);

export const load: PageServerLoad = ({ params, url }) => {
	const story = storyAt(params.lang);
	const graphic = embeddableGraphics(story).find((g) => g === params.graphic);
	// A link to the embed itself, pasted into a post, previews with the graphic's own card.
	const meta =
		graphic && graphicMeta(story, graphic, url.origin + base, editionPath(story.locale, `embed/${graphic}/`));
	if (!graphic || !meta) error(404, `There is no graphic "${params.graphic}" to embed.`);
	return { ...embedGraphicData(story, graphic), head: headHtml(meta) };
};
