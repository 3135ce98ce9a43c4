import type {Cue} from '../../captions';
import {IN_FEED_SPEC} from '../../specs/delivery-specs';
import {FRAME} from '../../specs/frame';
import type {SegmentMs} from '../../timeline/get-segment-frames';
import {getSpeechPhrases} from '../../timeline/get-speech-phrases';
import {selectCutDown} from '../../timeline/select-cut-down';
import type {CutDownReport} from '../cut-down-report';
import {getTeaserDurationInFrames} from './get-teaser-duration';

/**
 * A teaser cut down to `targetSeconds` of whole speech phrases (src/timeline/select-cut-down.ts).
 * The title strip and the end tag are drawn over whatever the cut is, so a cut-down keeps both.
 */
export const cutDownTeaser = ({
	segments,
	targetSeconds,
	cues,
}: {
	segments: readonly SegmentMs[];
	targetSeconds: number;
	cues: readonly Cue[];
}): CutDownReport => {
	const {fps} = FRAME;
	const cut = selectCutDown({
		phrases: getSpeechPhrases({cues}),
		base: segments,
		baseName: "the teaser's cut",
		maxFrames: Math.floor(targetSeconds * fps),
		measureFrames: (s) => getTeaserDurationInFrames({segments: s}),
		fps,
	});
	const {minDurationSeconds: minSeconds, maxDurationSeconds, slot} = IN_FEED_SPEC;
	const seconds = (cut.durationInFrames / fps).toFixed(1);
	return {
		...cut,
		targetSeconds,
		slot: `${slot}, ${minSeconds}–${maxDurationSeconds} s`,
		minSeconds,
		keeps: ['the title strip', 'the end tag (release, handle)'],
		dropped: [],
		problem:
			cut.durationInFrames < minSeconds * fps
				? `only ${seconds} s of whole phrases fit in ${targetSeconds} s, under the ${minSeconds} s a teaser lasts (${slot}); raise targetSeconds`
				: null,
	};
};
