/**
 * What the layered renderer needs to know about one frame of an asset: what ffmpeg draws
 * underneath (the base), and what Chrome draws over it. Each kind works this out from its
 * own timeline (its `layers` function); planCaptures and getBaseRuns turn it into work.
 */
export type BaseLayer =
	/** A frame of a footage file: `sourceFrame` counts at the composition's frame rate. */
	| {type: 'footage'; src: string; sourceFrame: number}
	/** The brand backdrop as drawn at `frame` of a composition `durationInFrames` long. */
	| {type: 'backdrop'; background: string; band: string; accent: string; frame: number; durationInFrames: number}
	| {type: 'fill'; color: string};

export type OverlayLayer =
	/** Looks the same on every frame with the same key: captured once, reused. */
	| {type: 'still'; key: string}
	/** Changes from frame to frame (an entrance): captured on every frame. */
	| {type: 'moving'}
	/** Chrome draws the whole frame, base included (a transition): captured, opaque. */
	| {type: 'whole'};

export type FrameLayers = {base: BaseLayer; overlay: OverlayLayer};

/**
 * What only the browser can measure, for a kind's layers: the exact times each caption track
 * changes (its pages depend on text widths in the real font), by track name. Without them
 * a kind plans from what can be known without measuring, and captures more.
 */
export type LayerHints = {captionPoints: Record<string, number[]>};

export type MotionPhase = 'before' | 'moving' | 'after';

/** Where an animation that starts at `start` and stands still from `settledAt` on is at `frame`. */
export const getMotionPhase = (frame: number, start: number, settledAt: number): MotionPhase => {
	if (frame < start) return 'before';
	return frame < settledAt ? 'moving' : 'after';
};

/**
 * The overlay of a frame made of parts: moving if any part moves, otherwise a still whose
 * key joins the parts' states. Parts are `null` when they move.
 */
export const combineOverlay = (parts: readonly (string | number | null)[]): OverlayLayer =>
	parts.some((part) => part === null) ? {type: 'moving'} : {type: 'still', key: parts.join('|')};

/** How many of the sorted `points` are at or before `value`: a state that changes only at those points. */
export const countPointsUpTo = (points: readonly number[], value: number): number => {
	let low = 0;
	let high = points.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if (points[middle]! <= value) low = middle + 1;
		else high = middle;
	}
	return low;
};
