import {FRAME} from '../../specs/frame';
import {getSegmentFrames, getTotalFrames} from '../../timeline/get-segment-frames';
import type {TeaserProps} from './schema';

export const getTeaserDurationInFrames = ({segments}: Pick<TeaserProps, 'segments'>): number =>
	getTotalFrames(getSegmentFrames({segments, fps: FRAME.fps}));
