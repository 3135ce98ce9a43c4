import type {CalculateMetadataFunction} from 'remotion';
import {fetchTextFiles} from '../fetch-text-files';
import {previewProxyFootage} from '../preview-proxy-footage';
import {getDefaultOutput} from '../get-default-output';
import {parseProps} from '../parse-props';
import {completeTeaserProps, listTeaserTextFiles} from './complete-teaser-props';
import {getTeaserDurationInFrames} from './get-teaser-duration';
import {type TeaserProps, teaserSchema} from './schema';

/** Before the render (never inside a frame): the captions if the props lack them, and the cut's length. */
export const calculateTeaserMetadata: CalculateMetadataFunction<TeaserProps> = async ({props, abortSignal}) => {
	const parsed = await previewProxyFootage(parseProps(teaserSchema, props, 'Teaser'), abortSignal);
	const texts = await fetchTextFiles(listTeaserTextFiles(parsed), abortSignal);
	// A cut-down chooses its segments here: the length comes from the completed props.
	const completed = completeTeaserProps(parsed, texts);
	return {...getDefaultOutput(), durationInFrames: getTeaserDurationInFrames(completed), props: completed};
};
