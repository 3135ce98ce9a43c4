import type {CalculateMetadataFunction} from 'remotion';
import {getDefaultOutput} from '../get-default-output';
import {parseProps} from '../parse-props';
import {getHeaderDurationInFrames} from './get-header-duration';
import {type HeaderProps, headerSchema} from './schema';

export const calculateHeaderMetadata: CalculateMetadataFunction<HeaderProps> = ({props}) => {
	const parsed = parseProps(headerSchema, props, 'Header');
	return {...getDefaultOutput(), durationInFrames: getHeaderDurationInFrames(parsed), props: parsed};
};
