import type {TrailerSceneType} from './trailer-timing';

/** A scene as the timeline sees it: what it is and how long it lasts on its own. */
export type TimelineScene = {type: TrailerSceneType; durationInFrames: number};

export type TransitionFrames = {cardFrames: number; clipToClipFrames: number};

/** A scene placed on the trailer's timeline. */
export type PlacedScene = TimelineScene & {
	/** First frame of the scene on the trailer's timeline (its entering transition starts here). */
	fromFrame: number;
	/** Length of the transition into the next scene; 0 for the last one. */
	transitionOutFrames: number;
};

/** A stretch of the trailer's timeline: [startFrame, endFrame). */
export type FrameRange = {startFrame: number; endFrame: number};

export type TrailerTimeline = {
	scenes: PlacedScene[];
	durationInFrames: number;
	/** Where footage (and so dialogue) plays: what the music ducks under. */
	clipRanges: FrameRange[];
	/** Frames added to the last scene so that the trailer reaches its slot's minimum. */
	paddingFrames: number;
};

/** Two clips in a row cut quicker than anything that involves a card. */
export const getTransitionFrames = ({
	from,
	to,
	transitions,
}: {
	from: TrailerSceneType;
	to: TrailerSceneType;
	transitions: TransitionFrames;
}): number => (from === 'clip' && to === 'clip' ? transitions.clipToClipFrames : transitions.cardFrames);

/**
 * Places scenes back to back, each transition overlapping the two scenes it joins (as
 * TransitionSeries plays them): the trailer lasts the sum of the scenes minus the sum of
 * the transitions. A trailer shorter than `minDurationInFrames` holds its last scene (the
 * call to action) longer rather than failing the slot.
 */
export const getTrailerTimeline = ({
	scenes,
	transitions,
	minDurationInFrames = 0,
}: {
	scenes: readonly TimelineScene[];
	transitions: TransitionFrames;
	minDurationInFrames?: number;
}): TrailerTimeline => {
	const outs = scenes.map((scene, i) => {
		const next = scenes[i + 1];
		return next ? getTransitionFrames({from: scene.type, to: next.type, transitions}) : 0;
	});
	const natural = scenes.reduce((sum, s, i) => sum + s.durationInFrames - (outs[i] ?? 0), 0);
	const paddingFrames = Math.max(0, minDurationInFrames - natural);
	let fromFrame = 0;
	const placed = scenes.map((scene, i) => {
		const last = i === scenes.length - 1;
		const durationInFrames = scene.durationInFrames + (last ? paddingFrames : 0);
		const transitionOutFrames = outs[i] ?? 0;
		const result: PlacedScene = {...scene, durationInFrames, fromFrame, transitionOutFrames};
		fromFrame += durationInFrames - transitionOutFrames;
		return result;
	});
	return {
		scenes: placed,
		durationInFrames: natural + paddingFrames,
		clipRanges: placed
			.filter((s) => s.type === 'clip')
			.map((s) => ({startFrame: s.fromFrame, endFrame: s.fromFrame + s.durationInFrames})),
		paddingFrames,
	};
};
