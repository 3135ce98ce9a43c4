import {FRAME} from '../../specs/frame';
import type {HeaderProps} from './schema';

export const getHeaderDurationInFrames = ({durationInSeconds}: Pick<HeaderProps, 'durationInSeconds'>): number =>
	Math.round(durationInSeconds * FRAME.fps);
