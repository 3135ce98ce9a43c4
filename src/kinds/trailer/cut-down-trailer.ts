import type {Cue} from '../../captions';
import {FRAME} from '../../specs/frame';
import type {SegmentMs} from '../../timeline/get-segment-frames';
import {getSpeechPhrases} from '../../timeline/get-speech-phrases';
import {selectCutDown} from '../../timeline/select-cut-down';
import {TRAILER_CLIPS, TRAILER_SLOTS} from '../../timeline/trailer-timing';
import type {CutDownReport} from '../cut-down-report';
import {getPropsTimeline} from './get-props-timeline';
import type {ClipScene, TrailerProps, TrailerScene} from './schema';

/** Footage must fill at least this share of a cut-down trailer, or a card makes room for it. */
export const MIN_FOOTAGE_SHARE = 0.4;

/** Cards a cut-down may leave out, first to go first: the clip's label already names the episode and place. */
const OPTIONAL_CARDS = [
	{type: 'title', name: 'the title card'},
	{type: 'release', name: 'the release card'},
] as const;

export type TrailerCutDown = {report: CutDownReport; scenes: TrailerScene[]};

/**
 * An episode trailer cut down to `targetSeconds`: the hook card first and the call to action
 * last, always; clips of whole speech phrases (src/timeline/select-cut-down.ts, at most three,
 * starting from the trailer's own clips); the title card, then the release card, left out
 * when keeping them would leave the footage under 40 % of the trailer. Pure.
 */
export const cutDownTrailer = ({
	props,
	targetSeconds,
	cues,
}: {
	props: TrailerProps;
	targetSeconds: number;
	cues: readonly Cue[];
}): TrailerCutDown => {
	const {fps} = FRAME;
	const clips = props.scenes.filter((s): s is ClipScene => s.type === 'clip');
	const template = clips[0];
	if (!template) throw new TypeError('A trailer cut-down needs a trailer with clips');
	const phrases = getSpeechPhrases({cues});
	const build = (segments: readonly SegmentMs[], without: ReadonlySet<string>): TrailerScene[] => {
		// Captions are made for each new clip when the props are completed.
		const [first, ...rest] = segments.map(({startMs, endMs}): TrailerScene => ({
			...template,
			startMs,
			endMs,
			captions: undefined,
		}));
		const card = (type: TrailerScene['type']) => (without.has(type) ? [] : props.scenes.filter((s) => s.type === type));
		return [...card('hook'), ...(first ? [first] : []), ...card('title'), ...rest, ...card('release'), ...card('cta')];
	};
	const attempt = (without: ReadonlySet<string>) => {
		const cut = selectCutDown({
			phrases,
			base: clips,
			baseName: "the trailer's clips",
			maxFrames: Math.floor(targetSeconds * fps),
			// Its own length: the timeline holds the last card longer to reach 15 s, which is no room for footage.
			measureFrames: (segments) => {
				const timeline = getPropsTimeline({...props, scenes: build(segments, without)});
				return timeline.durationInFrames - timeline.paddingFrames;
			},
			fps,
			maxSegments: TRAILER_CLIPS.maxClips,
			minSegmentMs: TRAILER_CLIPS.minClipMs,
		});
		const footageMs = cut.segments.reduce((sum, s) => sum + s.endMs - s.startMs, 0);
		const {durationInFrames} = getPropsTimeline({...props, scenes: build(cut.segments, without)});
		return {cut: {...cut, durationInFrames}, share: footageMs / ((durationInFrames * 1000) / fps), without};
	};
	const attempts = [attempt(new Set())];
	for (const card of OPTIONAL_CARDS) {
		if (attempts[attempts.length - 1]!.share >= MIN_FOOTAGE_SHARE) break;
		attempts.push(attempt(new Set([...attempts[attempts.length - 1]!.without, card.type])));
	}
	const chosen = attempts[attempts.length - 1]!;
	const dropped = OPTIONAL_CARDS.filter((c) => chosen.without.has(c.type)).map((c, k) => {
		const before = attempts[k]!;
		return `${c.name}: with it the clips would fill ${Math.round(before.share * 100)} % of the trailer, under ${MIN_FOOTAGE_SHARE * 100} %`;
	});
	const {minSeconds, maxSeconds} = TRAILER_SLOTS.episode;
	const {cut} = chosen;
	return {
		scenes: build(cut.segments, chosen.without),
		report: {
			...cut,
			targetSeconds,
			slot: `episode trailer, ${minSeconds}–${maxSeconds} s`,
			minSeconds,
			keeps: ['the hook card', 'the call to action'],
			dropped,
			problem:
				cut.segments.length === 0
					? `no whole phrase fits in ${targetSeconds} s beside the hook and the call to action; raise targetSeconds`
					: null,
		},
	};
};
