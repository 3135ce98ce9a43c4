import type {FrameLayers, TransitionLook} from './frame-layers';
import {type BaseRun, getBaseRuns} from './get-base-runs';

/** A transition as ffmpeg plays it: the scene coming in drawn on its own, laid over the output through a mask. */
export type TransitionPlan = {
	/** Its first output frame, and how many it lasts. */
	from: number;
	frames: number;
	look: TransitionLook;
	/** How far the scene has come in, on each of its frames. */
	progress: number[];
	/** The scene coming in: its bases, and the capture laid over them on each frame. */
	runs: BaseRun[];
	captureOfFrame: number[];
};

/**
 * The transitions of an asset, from its frames' entering layers and the captures planned
 * for them (planCaptures' enteringCaptureOfFrame): one per run of frames where the same
 * scene comes in. Pure.
 */
export const planTransitions = (
	frames: readonly FrameLayers[],
	enteringCaptureOfFrame: readonly (number | null)[],
): TransitionPlan[] => {
	const plans: TransitionPlan[] = [];
	let window: {from: number; layers: FrameLayers[]; captures: number[]} | null = null;
	const close = () => {
		if (!window) return;
		const {from, layers, captures} = window;
		plans.push({
			from,
			frames: layers.length,
			look: frames[from]!.entering!.look,
			progress: layers.map((_, i) => frames[from + i]!.entering!.progress),
			runs: getBaseRuns(layers),
			captureOfFrame: captures,
		});
		window = null;
	};
	frames.forEach(({entering}, frame) => {
		const capture = enteringCaptureOfFrame[frame];
		if (!entering || capture === null || capture === undefined) return close();
		const same =
			window &&
			window.from + window.layers.length === frame &&
			sceneOf(window.layers[0]!.overlay) === sceneOf(entering.overlay);
		if (!same) {
			close();
			window = {from: frame, layers: [], captures: []};
		}
		window!.layers.push({base: entering.base, overlay: entering.overlay});
		window!.captures.push(capture);
	});
	close();
	return plans;
};

const sceneOf = (overlay: FrameLayers['overlay']) => (overlay.type === 'whole' ? undefined : overlay.scene);
