import {type CalculateMetadataFunction, staticFile} from 'remotion';
import {FRAME} from '../../specs/frame';
import {TRAILER_SLOTS} from '../../timeline/trailer-timing';
import {parseProps} from '../parse-props';
import {getCutCaptions} from '../teaser/get-cut-captions';
import {getPropsTimeline} from './get-props-timeline';
import {type TrailerProps, trailerSchema} from './schema';

const fetchText = async (file: string, signal: AbortSignal): Promise<string> => {
	const response = await fetch(staticFile(file), {signal});
	if (!response.ok) throw new TypeError(`Could not load subtitles "${file}" (HTTP ${response.status}); check the path`);
	return response.text();
};

/**
 * Before the render (never inside a frame): reads each subtitle file once, gives every clip
 * its own captions, and sets the length from the timeline. Props edited in Studio that
 * overrun the slot stop here with the numbers, as the campaign check does at load.
 */
export const calculateTrailerMetadata: CalculateMetadataFunction<TrailerProps> = async ({props, abortSignal}) => {
	const parsed = parseProps(trailerSchema, props, 'Trailer');
	const timeline = getPropsTimeline(parsed);
	const {maxSeconds} = TRAILER_SLOTS[parsed.slot];
	if (timeline.durationInFrames > maxSeconds * FRAME.fps) {
		throw new TypeError(
			`This ${parsed.slot} trailer lasts ${(timeline.durationInFrames / FRAME.fps).toFixed(1)} s, over its ${maxSeconds} s slot; shorten the clips or the cards`,
		);
	}
	const files = [...new Set(parsed.scenes.flatMap((s) => (s.type === 'clip' ? [s.subtitles] : [])))];
	const texts = new Map(
		await Promise.all(files.map(async (file) => [file, await fetchText(file, abortSignal)] as const)),
	);
	const scenes = parsed.scenes.map((scene) =>
		scene.type === 'clip'
			? {
					...scene,
					captions: getCutCaptions({
						file: scene.subtitles,
						text: texts.get(scene.subtitles) ?? '',
						overrides: scene.captionOverrides,
						segments: [{startMs: scene.startMs, endMs: scene.endMs}],
					}),
				}
			: scene,
	);
	return {durationInFrames: timeline.durationInFrames, props: {...parsed, scenes}};
};
