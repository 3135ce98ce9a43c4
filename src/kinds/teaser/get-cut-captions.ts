import {applyFrenchTypography, retimeCues, type Cue} from '../../captions';
import type {CaptionOverride} from '../../captions/caption-override-schema';
import {FRAME} from '../../specs/frame';
import {getSourceCues} from './get-source-cues';
import {snapSegmentsToFrames, type SegmentMs} from '../../timeline/get-segment-frames';

/**
 * Subtitle file text → the cues of a cut: parsed, fixed by the campaign's overrides,
 * moved onto the cut's timeline, French typography applied. Pure; used by the
 * composition (in the browser) and by `npm run check` (in Node) alike.
 */
export const getCutCaptions = ({
	file,
	text,
	overrides,
	segments,
}: {
	file: string;
	text: string;
	overrides: readonly CaptionOverride[];
	segments: readonly SegmentMs[];
}): Cue[] => {
	const cues = getSourceCues({file, text, overrides});
	const retimed = retimeCues({cues, segments: snapSegmentsToFrames({segments, fps: FRAME.fps})});
	return retimed.map((cue) => ({...cue, text: applyFrenchTypography(cue.text)}));
};
