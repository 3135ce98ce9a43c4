import type {CalculateMetadataFunction} from 'remotion';
import {FRAME} from '../../specs/frame';
import {TRAILER_SLOTS} from '../../timeline/trailer-timing';
import {fetchTextFiles} from '../fetch-text-files';
import {previewProxyFootage} from '../preview-proxy-footage';
import {getDefaultOutput} from '../get-default-output';
import {parseProps} from '../parse-props';
import {completeTrailerProps, listTrailerTextFiles} from './complete-trailer-props';
import {getPropsTimeline} from './get-props-timeline';
import {type TrailerProps, trailerSchema} from './schema';

/**
 * Before the render (never inside a frame): the clips' captions if the props lack them, and
 * the length from the timeline. Props edited in Studio that overrun the slot stop here with
 * the numbers, as the campaign check does at load.
 */
export const calculateTrailerMetadata: CalculateMetadataFunction<TrailerProps> = async ({props, abortSignal}) => {
	const parsed = await previewProxyFootage(parseProps(trailerSchema, props, 'Trailer'), abortSignal);
	const texts = await fetchTextFiles(listTrailerTextFiles(parsed), abortSignal);
	// A cut-down chooses its cards and clips here: the length comes from the completed props.
	const completed = completeTrailerProps(parsed, texts);
	const {durationInFrames} = getPropsTimeline(completed);
	const {maxSeconds} = TRAILER_SLOTS[parsed.slot];
	if (durationInFrames > maxSeconds * FRAME.fps) {
		throw new TypeError(
			`This ${parsed.slot} trailer lasts ${(durationInFrames / FRAME.fps).toFixed(1)} s, over its ${maxSeconds} s slot; shorten the clips or the cards`,
		);
	}
	return {...getDefaultOutput(), durationInFrames, props: completed};
};
