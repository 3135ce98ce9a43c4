import {interpolate, spring, type SpringConfig} from 'remotion';
import {FRAME} from '../specs/frame';
import type {OverlayTrack} from '../timeline/frame-layers';
import {
	END_TAG_DIM_FRAMES,
	ENTRANCE_FRAMES,
	ENTRANCE_RISE_PX,
	ENTRANCE_SETTLED_AFTER,
	getSpringSettledAfter,
} from './motion';

/**
 * A button that pops (the trailer's call to action): it grows from `from` of its size on a
 * spring that overshoots, never past `peak`, while it fades in; `bumpDelay` frames later
 * it swells once more by `bumpBy` over `bumpFrames`. It grows from its left edge.
 */
export type PopMotion = {
	type: 'pop';
	pop: Partial<SpringConfig>;
	bump: Partial<SpringConfig>;
	bumpDelay: number;
	bumpFrames: number;
	from: number;
	bumpBy: number;
	peak: number;
};

/**
 * What a track's motion is: Entrance's spring from `fromOpacity`, EndTag's dim, a bar
 * opening from its left edge on a free spring (AccentRule), which may overshoot, or a
 * button that pops.
 */
export type TrackMotion =
	{type: 'entrance'; fromOpacity: number} | {type: 'dim'} | {type: 'wipe'; config: Partial<SpringConfig>} | PopMotion;

/** Frames a motion lasts from its start: from then on the block holds still. */
export const getTrackSettledAfter = (motion: TrackMotion): number => {
	if (motion.type === 'entrance') return ENTRANCE_SETTLED_AFTER;
	if (motion.type === 'dim') return END_TAG_DIM_FRAMES;
	if (motion.type === 'pop') {
		return Math.max(
			getSpringSettledAfter({fps: FRAME.fps, config: motion.pop}),
			motion.bumpDelay + motion.bumpFrames + 1,
		);
	}
	return getSpringSettledAfter({fps: FRAME.fps, config: motion.config});
};

/** The name a block's track goes by, in the browser and in the plan: its motion and its start in the asset. */
export const getTrackKey = (motion: TrackMotion, start: number): string =>
	motion.type === 'entrance' ? `entrance${motion.fromOpacity}@${start}` : `${motion.type}@${start}`;

const wipeProgress = (config: Partial<SpringConfig>, frame: number) => spring({frame, fps: FRAME.fps, config});

/**
 * How wide a wiping bar is at its widest, against its settled width: its track's capture
 * draws it so, and each frame shows a part of that.
 */
export const getWipePeak = (config: Partial<SpringConfig>): number =>
	Math.max(1, ...Array.from({length: getTrackSettledAfter({type: 'wipe', config})}, (_, i) => wipeProgress(config, i)));

/** A popping button's opacity and size (1: as laid out) `frame` frames after it starts. Pure. */
export const getPopStyle = (motion: PopMotion, frame: number): {opacity: number; scale: number} => {
	const pop = spring({frame, fps: FRAME.fps, config: motion.pop});
	const bump = spring({
		frame: frame - motion.bumpDelay,
		fps: FRAME.fps,
		config: motion.bump,
		durationInFrames: motion.bumpFrames,
	});
	return {
		opacity: Math.min(1, pop * 1.5),
		scale: Math.min(
			motion.peak,
			motion.from + (1 - motion.from) * pop + motion.bumpBy * Math.sin(Math.PI * Math.min(1, bump)),
		),
	};
};

/** The end tag's dim at its fullest (EndTag's black veil). */
export const END_TAG_DIM_OPACITY = 0.55;

/**
 * Where a motion stands `frame` frames after its start: the opacity it multiplies the
 * block's by, how far below its place the block is, the part of its capture's width
 * shown from the left, and its size against its capture's (drawn at the largest it gets).
 * What Entrance, EndTag, AccentRule and a popping button draw. Pure.
 */
export const getTrackValues = (
	motion: TrackMotion,
	frame: number,
): {opacity: number; rise: number; reveal?: number; scale?: number} => {
	if (motion.type === 'pop') {
		const {opacity, scale} = getPopStyle(motion, frame);
		return {opacity, rise: 0, scale: scale / motion.peak};
	}
	if (motion.type === 'wipe') {
		return {opacity: 1, rise: 0, reveal: Math.max(0, wipeProgress(motion.config, frame)) / getWipePeak(motion.config)};
	}
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
 * A block's part of a frame's overlay, for a kind's layers: its track, from the first
 * frame it is seen to its last (the overlay capture always leaves it out: once settled,
 * ffmpeg keeps showing its capture as it stands); none while nobody sees it yet. Pure.
 */
export const getTrackParts = (motion: TrackMotion, start: number, frame: number): OverlayTrack[] => {
	const values = getTrackValues(motion, frame - start);
	if (frame < start && (values.opacity === 0 || values.reveal === 0)) return [];
	return [{key: getTrackKey(motion, start), ...values, under: motion.type === 'dim'}];
};
