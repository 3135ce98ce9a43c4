import {getCaptionPages} from '../../components/caption-pages';
import {getPageTimings} from '../../components/caption-word-tracks';
import {loadBrandFonts} from '../../components/use-brand-fonts';
import type {LayerHints, PageTiming} from '../../timeline/frame-layers';
import {getClipCaptionTrack} from './get-trailer-layers';
import type {TrailerProps} from './schema';

/** In the browser: each clip's caption pages, as CaptionTrack will draw them. */
export const measureTrailerLayers = async (props: TrailerProps): Promise<LayerHints> => {
	const font = props.brand.fonts.bodyBold;
	await loadBrandFonts([font]);
	const captionPages: Record<string, PageTiming[]> = {};
	props.scenes.forEach((scene, i) => {
		if (scene.type !== 'clip') return;
		const pages = getCaptionPages({cues: scene.captions ?? [], font, fontSize: props.captionStyle.fontSize});
		captionPages[getClipCaptionTrack(i)] = getPageTimings(pages);
	});
	return {captionPages};
};
