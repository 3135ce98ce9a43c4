import type {SoundClip} from '../../audio/sound-clip';
import {FRAME} from '../../specs/frame';
import {getSegmentFrames} from '../../timeline/get-segment-frames';
import type {TeaserProps} from './schema';

/** A teaser's sound: each cut's own footage sound, at full gain. Pure. */
export const getTeaserSounds = (props: Pick<TeaserProps, 'segments' | 'footage'>): SoundClip[] =>
	getSegmentFrames({segments: props.segments, fps: FRAME.fps}).map((segment) => ({
		src: props.footage,
		fromFrame: segment.fromFrame,
		durationInFrames: segment.durationInFrames,
		trimBefore: segment.trimBefore,
		volume: () => 1,
		loop: false,
	}));
