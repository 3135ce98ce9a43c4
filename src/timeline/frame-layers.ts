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

/**
 * A block whose motion ffmpeg can play from one picture of it (an entrance's fade and rise,
 * the end tag's dim, a bar that opens, a button that pops): Chrome captures it once,
 * settled and alone (on the first frame that lists it, its scene drawn alone: see
 * OverlayLayer's `scene`), and ffmpeg lays that capture as it stands on each frame it is seen, moving
 * or settled; the overlay capture leaves it out. Blocks with the same key move together
 * and share the capture.
 */
export type OverlayTrack = {
	key: string;
	opacity: number;
	/** Pixels below its settled place, at full size. */
	rise: number;
	/** The part of the capture's width shown, from its left edge (a bar opening); all of it when absent. */
	reveal?: number;
	/** Its size against its capture's, from its left edge and middle (a button that pops); 1 when absent. */
	scale?: number;
	/** Laid under the overlay capture rather than over it (EndTag's dim, under the captions). */
	under?: boolean;
	/**
	 * Shown from another capture, shared with other tracks (`source`, the solo key it is
	 * captured under), as its `part`-th box (one word of a caption page, drawn highlighted):
	 * the overlay capture keeps the block, drawn otherwise, under it.
	 */
	part?: {source: string; index: number};
};

export type OverlayLayer =
	/**
	 * Looks the same on every frame with the same key: captured once, reused. `scene`: the
	 * part of the asset it belongs to, drawn alone when captured (a trailer's scene).
	 */
	| {type: 'still'; key: string; tracks?: OverlayTrack[]; scene?: number}
	/** Changes from frame to frame: captured on every frame. */
	| {type: 'moving'; tracks?: OverlayTrack[]; scene?: number}
	/** Chrome draws the whole frame, base included: captured, opaque. */
	| {type: 'whole'};

/**
 * How a transition shows the scene coming in over the one going out, which plays on
 * untouched (@remotion/transitions' fade and wipe): faded in, or revealed from an edge or
 * a corner, `progress` (0 → 1) of the way.
 */
export type TransitionLook =
	{type: 'fade'} | {type: 'wipe'; direction: 'from-right' | 'from-bottom' | 'from-bottom-left'};

/** The scene coming in during a transition: its own layers, and how far it has come in. */
export type EnteringLayers = {base: BaseLayer; overlay: OverlayLayer; look: TransitionLook; progress: number};

/** A frame's layers; during a transition, those of the scene going out, and the one coming in. */
export type FrameLayers = {base: BaseLayer; overlay: OverlayLayer; entering?: EnteringLayers};

/** When a caption page is on screen, and each of its words highlighted, in reading order (ms). */
export type PageTiming = {startMs: number; endMs: number; words: {startMs: number; endMs: number}[]};

/**
 * What only the browser can measure, for a kind's layers: each caption track's pages (they
 * depend on text widths in the real font), by track name. Without them a kind plans from
 * what can be known without measuring, and counts more captures than a render makes.
 */
export type LayerHints = {captionPages: Record<string, PageTiming[]>};

export type MotionPhase = 'before' | 'moving' | 'after';

/** Where an animation that starts at `start` and stands still from `settledAt` on is at `frame`. */
export const getMotionPhase = (frame: number, start: number, settledAt: number): MotionPhase => {
	if (frame < start) return 'before';
	return frame < settledAt ? 'moving' : 'after';
};

/**
 * The overlay of a frame made of parts, in `scene` if given: moving if any part moves
 * otherwise than a track, else a still whose key joins the parts' states (tracks are left
 * out of the capture, or drawn the same whatever they show: they are not part of it).
 * Parts are `null` when they move.
 */
export const combineOverlay = (
	parts: readonly (string | number | null | OverlayTrack)[],
	scene?: number,
): OverlayLayer => {
	const tracks = parts.filter((part): part is OverlayTrack => typeof part === 'object' && part !== null);
	const inScene = scene === undefined ? {} : {scene};
	if (parts.some((part) => part === null)) return {type: 'moving', tracks, ...inScene};
	const states = parts.filter((part) => typeof part !== 'object');
	return {type: 'still', key: states.join('|'), tracks, ...inScene};
};

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
