import story from '$content/story.en.aml';
import { embeddableGraphics, embedGraphicData } from '$lib/embed/page-data';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => embeddableGraphics(story).map((graphic) => ({ graphic }));

export const load: PageServerLoad = ({ params }) => {
	const graphic = embeddableGraphics(story).find((g) => g === params.graphic);
	if (!graphic) error(404, `There is no graphic "${params.graphic}" to embed.`);
	return embedGraphicData(story, graphic);
};
