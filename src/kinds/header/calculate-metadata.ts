import type {CalculateMetadataFunction} from 'remotion';
import {FRAME} from '../../specs/frame';
import {parseProps} from '../parse-props';
import {type HeaderProps, headerSchema} from './schema';

export const calculateHeaderMetadata: CalculateMetadataFunction<HeaderProps> = ({props}) => {
	const parsed = parseProps(headerSchema, props, 'Header');
	return {
		durationInFrames: Math.round(parsed.durationInSeconds * FRAME.fps),
		props: parsed,
	};
};

/** The frame the cover still is taken from: everything has arrived and settled. */
export const getHeaderCoverFrame = (durationInFrames: number): number => Math.max(0, durationInFrames - 1);
