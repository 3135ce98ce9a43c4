import {getCaptionPages} from '../../components/caption-pages';
import {getPageTimings} from '../../components/caption-word-tracks';
import {loadBrandFonts} from '../../components/use-brand-fonts';
import type {LayerHints} from '../../timeline/frame-layers';
import {TEASER_CAPTION_TRACK} from './get-teaser-layers';
import type {TeaserProps} from './schema';

/** In the browser: the teaser's caption pages, as CaptionTrack will draw them. */
export const measureTeaserLayers = async (props: TeaserProps): Promise<LayerHints> => {
	const font = props.brand.fonts.bodyBold;
	await loadBrandFonts([font]);
	const pages = getCaptionPages({cues: props.captions ?? [], font, fontSize: props.captionStyle.fontSize});
	return {captionPages: {[TEASER_CAPTION_TRACK]: getPageTimings(pages)}};
};
