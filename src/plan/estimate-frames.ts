import {getPropsTimeline} from '../kinds/trailer/get-props-timeline';
import type {TrailerProps} from '../kinds/trailer/schema';
import {FRAME} from '../specs/frame';
import {getSegmentFrames, getTotalFrames} from '../timeline/get-segment-frames';
import type {AssetKind} from '../specs/delivery-specs';

/** Frames an asset will have, from its props alone (to balance shards and show progress). */
export const estimateFrames = (kind: AssetKind, props: Record<string, unknown>): number => {
	if (kind === 'header') return Math.round(Number(props.durationInSeconds) * FRAME.fps);
	if (kind === 'teaser') {
		const segments = props.segments as {startMs: number; endMs: number}[];
		return getTotalFrames(getSegmentFrames({segments, fps: FRAME.fps}));
	}
	if (kind === 'trailer') return getPropsTimeline(props as TrailerProps).durationInFrames;
	return 30 * FRAME.fps;
};
