import {type CalculateMetadataFunction, staticFile} from 'remotion';
import {FRAME} from '../../specs/frame';
import {getSegmentFrames, getTotalFrames} from '../../timeline/get-segment-frames';
import {parseProps} from '../parse-props';
import {getCutCaptions} from './get-cut-captions';
import {type TeaserProps, teaserSchema} from './schema';

/** Reads the subtitle file before the render (never inside a frame) and sets the cut's length. */
export const calculateTeaserMetadata: CalculateMetadataFunction<TeaserProps> = async ({props, abortSignal}) => {
	const parsed = parseProps(teaserSchema, props, 'Teaser');
	const response = await fetch(staticFile(parsed.subtitles), {signal: abortSignal});
	if (!response.ok)
		throw new TypeError(`Could not load subtitles "${parsed.subtitles}" (HTTP ${response.status}); check the path`);
	const captions = getCutCaptions({
		file: parsed.subtitles,
		text: await response.text(),
		overrides: parsed.captionOverrides,
		segments: parsed.segments,
	});
	return {
		durationInFrames: getTotalFrames(getSegmentFrames({segments: parsed.segments, fps: FRAME.fps})),
		props: {...parsed, captions},
	};
};
