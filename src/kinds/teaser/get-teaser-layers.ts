import {getCaptionParts} from '../../components/caption-word-tracks';
import {getTrackParts} from '../../components/overlay-tracks';
import {FRAME} from '../../specs/frame';
import {TITLE_STRIP_FROM_OPACITY} from '../../components/motion';
import {combineOverlay, type FrameLayers, type LayerHints} from '../../timeline/frame-layers';
import {getSegmentFrames} from '../../timeline/get-segment-frames';
import type {TeaserProps} from './schema';

/** The name of the teaser's caption track in the layer hints. */
export const TEASER_CAPTION_TRACK = 'teaser';

/**
 * A teaser's frames as layers: the footage cuts underneath; over them the title strip
 * (a track while it springs in), the caption page and its spoken word (getCaptionParts), and
 * the end tag (two tracks while it dims and springs in).
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
	const pages = hints?.captionPages[TEASER_CAPTION_TRACK] ?? null;
	return Array.from({length: durationInFrames}, (_, frame): FrameLayers => {
		const segment = segments.find((s) => frame >= s.fromFrame && frame < s.fromFrame + s.durationInFrames);
		return {
			base: segment
				? {type: 'footage', src: props.footage, sourceFrame: segment.trimBefore + frame - segment.fromFrame}
				: {type: 'fill', color: '#000000'},
			overlay: combineOverlay([
				...getTrackParts({type: 'entrance', fromOpacity: TITLE_STRIP_FROM_OPACITY}, 0, frame),
				...getCaptionParts({
					track: TEASER_CAPTION_TRACK,
					pages,
					cues: props.captions ?? [],
					nowMs: (frame * 1000) / fps,
				}),
				...getTrackParts({type: 'dim'}, endTagFrom, frame),
				...getTrackParts({type: 'entrance', fromOpacity: 0}, endTagFrom, frame),
			]),
		};
	});
};
