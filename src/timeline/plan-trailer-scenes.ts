import type {SegmentMs} from './get-segment-frames';
import {getTrailerTimeline, type TrailerTimeline, type TransitionFrames} from './get-trailer-timeline';
import {
	TRAILER_CARD_SECONDS,
	TRAILER_SLOTS,
	TRAILER_TRANSITIONS,
	type TrailerCardType,
	type TrailerSlotName,
} from './trailer-timing';

/** What decides a scene's length: a card lasts `durationInSeconds`, a clip its cut of the footage. */
export type SceneTiming =
	{type: TrailerCardType; durationInSeconds: number} | {type: 'clip'; startMs: number; endMs: number};

/** A planned scene: its timing, and for a clip the episode whose footage it cuts. */
export type TimedScene =
	| {type: TrailerCardType; durationInSeconds: number}
	| {type: 'clip'; episodeNumber: number; startMs: number; endMs: number};

const card = (type: TrailerCardType): TimedScene => ({type, durationInSeconds: TRAILER_CARD_SECONDS[type]});
const clip = (episodeNumber: number, {startMs, endMs}: SegmentMs): TimedScene => ({
	type: 'clip',
	episodeNumber,
	startMs,
	endMs,
});

/**
 * The order of an episode trailer: a hook, a first clip, the title card (who, where),
 * the other clips, the release date, the call to action (a trailer ends on it: TopView's call to action).
 */
export const planEpisodeTrailer = ({
	episodeNumber,
	clips,
}: {
	episodeNumber: number;
	clips: readonly SegmentMs[];
}): TimedScene[] => {
	const [first, ...rest] = clips.map((c) => clip(episodeNumber, c));
	return [card('hook'), ...(first ? [first] : []), card('title'), ...rest, card('release'), card('cta')];
};

/**
 * The order of the series trailer: the title and its idea, one clip per episode (each with
 * its place card over it), the credits, the release schedule, the call to action.
 */
export const planSeriesTrailer = ({
	clips,
}: {
	clips: readonly {episodeNumber: number; clip: SegmentMs}[];
}): TimedScene[] => [
	card('open'),
	...clips.map((c) => clip(c.episodeNumber, c.clip)),
	card('credits'),
	card('release'),
	card('cta'),
];

/** Frames of one scene; a clip's in and out points snap to frames as in getSegmentFrames. */
export const getSceneFrames = ({scene, fps}: {scene: SceneTiming; fps: number}): number =>
	scene.type === 'clip'
		? Math.round((scene.endMs * fps) / 1000) - Math.round((scene.startMs * fps) / 1000)
		: Math.round(scene.durationInSeconds * fps);

/**
 * The timeline of scenes in their slot: the one function that both calculateMetadata (from
 * the props) and the campaign check (from the plan) use, so the two cannot disagree.
 */
export const getScenesTimeline = ({
	scenes,
	slot,
	fps,
	transitions = TRAILER_TRANSITIONS,
}: {
	scenes: readonly SceneTiming[];
	slot: TrailerSlotName;
	fps: number;
	transitions?: TransitionFrames;
}): TrailerTimeline =>
	getTrailerTimeline({
		scenes: scenes.map((scene) => ({type: scene.type, durationInFrames: getSceneFrames({scene, fps})})),
		transitions,
		minDurationInFrames: Math.ceil(TRAILER_SLOTS[slot].minSeconds * fps),
	});
