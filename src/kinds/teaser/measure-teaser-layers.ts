import {getCaptionPagePoints} from '../../captions';
import {getCaptionPages} from '../../components/caption-pages';
import {loadBrandFonts} from '../../components/use-brand-fonts';
import type {LayerHints} from '../../timeline/frame-layers';
import {TEASER_CAPTION_TRACK} from './get-teaser-layers';
import type {TeaserProps} from './schema';

/** In the browser: when the teaser's captions change, from the pages CaptionTrack will draw. */
export const measureTeaserLayers = async (props: TeaserProps): Promise<LayerHints> => {
	const font = props.brand.fonts.bodyBold;
	await loadBrandFonts([font]);
	const pages = getCaptionPages({cues: props.captions ?? [], font, fontSize: props.captionStyle.fontSize});
	return {captionPoints: {[TEASER_CAPTION_TRACK]: getCaptionPagePoints(pages)}};
};
