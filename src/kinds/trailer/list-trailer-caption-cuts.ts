import {FRAME} from '../../specs/frame';
import type {CaptionCut} from '../caption-cut';
import {getPropsTimeline} from './get-props-timeline';
import type {TrailerProps} from './schema';

/** Each clip of a completed trailer with its captions, where it starts on the trailer. */
export const listTrailerCaptionCuts = (props: TrailerProps): CaptionCut[] => {
	const placed = getPropsTimeline(props).scenes;
	let clip = 0;
	return props.scenes.flatMap((scene, i) => {
		if (scene.type !== 'clip') return [];
		clip++;
		return [
			{
				subtitles: scene.subtitles,
				cues: scene.captions ?? [],
				segments: [{startMs: scene.startMs, endMs: scene.endMs}],
				offsetMs: ((placed[i]?.fromFrame ?? 0) * 1000) / FRAME.fps,
				fontSize: props.captionStyle.fontSize,
				label: `clip ${clip}`,
			},
		];
	});
};
