import {getCaptionPagePoints} from '../../captions';
import {getCaptionPages} from '../../components/caption-pages';
import {loadBrandFonts} from '../../components/use-brand-fonts';
import type {LayerHints} from '../../timeline/frame-layers';
import {getClipCaptionTrack} from './get-trailer-layers';
import type {TrailerProps} from './schema';

/** In the browser: when each clip's captions change, from the pages CaptionTrack will draw. */
export const measureTrailerLayers = async (props: TrailerProps): Promise<LayerHints> => {
	const font = props.brand.fonts.bodyBold;
	await loadBrandFonts([font]);
	const captionPoints: Record<string, number[]> = {};
	props.scenes.forEach((scene, i) => {
		if (scene.type !== 'clip') return;
		const pages = getCaptionPages({cues: scene.captions ?? [], font, fontSize: props.captionStyle.fontSize});
		captionPoints[getClipCaptionTrack(i)] = getCaptionPagePoints(pages);
	});
	return {captionPoints};
};
