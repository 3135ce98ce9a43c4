import {interpolate, spring} from 'remotion';
import {FRAME} from '../specs/frame';
import type {OverlayTrack} from '../timeline/frame-layers';
import {END_TAG_DIM_FRAMES, ENTRANCE_FRAMES, ENTRANCE_RISE_PX, ENTRANCE_SETTLED_AFTER} from './motion';

/** What a track's motion is: Entrance's spring from `fromOpacity`, or EndTag's dim. */
export type TrackMotion = {type: 'entrance'; fromOpacity: number} | {type: 'dim'};

/** Frames a motion lasts from its start: from then on the block holds still. */
export const getTrackSettledAfter = (motion: TrackMotion): number =>
	motion.type === 'entrance' ? ENTRANCE_SETTLED_AFTER : END_TAG_DIM_FRAMES;

/** The name a block's track goes by, in the browser and in the plan: its motion and its start in the asset. */
export const getTrackKey = (motion: TrackMotion, start: number): string =>
	motion.type === 'entrance' ? `entrance${motion.fromOpacity}@${start}` : `dim@${start}`;

/** The end tag's dim at its fullest (EndTag's black veil). */
export const END_TAG_DIM_OPACITY = 0.55;

/**
 * Where a motion stands `frame` frames after its start: the opacity it multiplies the
 * block's by, and how far below its place the block is. What Entrance and EndTag draw. Pure.
 */
export const getTrackValues = (motion: TrackMotion, frame: number): {opacity: number; rise: number} => {
	if (motion.type === 'dim') {
		return {
			opacity: interpolate(frame, [0, END_TAG_DIM_FRAMES], [0, 1], {
				extrapolateLeft: 'clamp',
				extrapolateRight: 'clamp',
			}),
			rise: 0,
		};
	}
	const progress = spring({frame, fps: FRAME.fps, config: {damping: 200}, durationInFrames: ENTRANCE_FRAMES});
	return {
		opacity: interpolate(progress, [0, 1], [motion.fromOpacity, 1]),
		rise: interpolate(progress, [0, 1], [ENTRANCE_RISE_PX, 0]),
	};
};

/**
 * A block's part of a frame's overlay, for a kind's layers: `before` or `after` when it
 * holds still (drawn in the overlay capture), its track while it moves. Pure.
 */
export const getTrackPart = (motion: TrackMotion, start: number, frame: number): string | OverlayTrack => {
	if (frame < start) return 'before';
	if (frame >= start + getTrackSettledAfter(motion)) return 'after';
	const under = motion.type === 'dim';
	return {key: getTrackKey(motion, start), ...getTrackValues(motion, frame - start), under};
};
