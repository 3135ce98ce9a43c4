import {measureText} from '@remotion/layout-utils';
import {type CaptionPage, type Cue, paginateCaptions} from '../captions';
import type {BrandFont} from '../campaign/brand-schema';
import {SAFE_BOX} from '../specs/safe-zone';

/** Room left and right of a caption line, inside the safe zone. */
export const CAPTION_PADDING_X = 24;

/** The widest a caption line may be drawn: the safe zone less the room on each side. */
export const CAPTION_LINE_WIDTH_PX = SAFE_BOX.width - 2 * CAPTION_PADDING_X;

/**
 * Caption pages as CaptionTrack draws them, measured with the real font (loaded first):
 * the same pages whether the track draws them or the layered renderer plans around them.
 */
export const getCaptionPages = ({
	cues,
	font,
	fontSize,
}: {
	cues: readonly Cue[];
	font: BrandFont;
	fontSize: number;
}): CaptionPage[] =>
	paginateCaptions({
		cues: [...cues],
		maxLineWidthPx: CAPTION_LINE_WIDTH_PX,
		measureWidth: (text) =>
			measureText({text, fontFamily: font.family, fontWeight: font.weight, fontSize, validateFontIsLoaded: true}).width,
	});
