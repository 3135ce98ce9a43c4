import {getCaptionChangePoints} from '../../captions';
import {END_TAG_DIM_FRAMES, ENTRANCE_SETTLED_AFTER} from '../../components/motion';
import {FRAME} from '../../specs/frame';
import {
	combineOverlay,
	countPointsUpTo,
	type FrameLayers,
	type LayerHints,
	getMotionPhase,
	type MotionPhase,
} from '../../timeline/frame-layers';
import {getSegmentFrames} from '../../timeline/get-segment-frames';
import type {TeaserProps} from './schema';

/** The name of the teaser's caption track in the layer hints. */
export const TEASER_CAPTION_TRACK = 'teaser';

const still = (phase: MotionPhase) => (phase === 'moving' ? null : phase);

/**
 * A teaser's frames as layers: the footage cuts underneath; over them the title strip
 * (moving while it springs in), the caption page with its highlighted word (the same
 * between two caption change points: measured ones from the hints, else a superset), and the end tag (moving while it dims and springs in).
 * Pure: from the props, as Teaser draws them.
 */
export const getTeaserLayers = (
	props: TeaserProps,
	durationInFrames: number,
	hints: LayerHints | null,
): FrameLayers[] => {
	const {fps} = FRAME;
	const segments = getSegmentFrames({segments: props.segments, fps});
	const endTagFrom = durationInFrames - Math.min(Math.round(props.endTagSeconds * fps), durationInFrames);
	const captionPoints = hints?.captionPoints[TEASER_CAPTION_TRACK] ?? getCaptionChangePoints(props.captions ?? []);
	return Array.from({length: durationInFrames}, (_, frame): FrameLayers => {
		const segment = segments.find((s) => frame >= s.fromFrame && frame < s.fromFrame + s.durationInFrames);
		const endTag =
			frame < endTagFrom
				? 'off'
				: still(getMotionPhase(frame - endTagFrom, 0, Math.max(ENTRANCE_SETTLED_AFTER, END_TAG_DIM_FRAMES + 1)));
		return {
			base: segment
				? {type: 'footage', src: props.footage, sourceFrame: segment.trimBefore + frame - segment.fromFrame}
				: {type: 'fill', color: '#000000'},
			overlay: combineOverlay([
				still(getMotionPhase(frame, 0, ENTRANCE_SETTLED_AFTER)),
				captionPoints ? `c${countPointsUpTo(captionPoints, (frame * 1000) / fps)}` : null,
				endTag,
			]),
		};
	});
};
