import type {FrameLayers} from './frame-layers';

export type CaptureLayer = 'all' | 'overlay';
export type Capture = {frame: number; layer: CaptureLayer};

export type CapturePlan = {
	/** The frames Chrome captures, in order. */
	captures: Capture[];
	/** For each output frame, the index of the capture laid over it. */
	captureOfFrame: number[];
};

/**
 * The frames Chrome must capture: every moving or whole frame, and the first frame of each
 * still overlay; a still seen again (the same key, anywhere in the asset) reuses its capture.
 * Pure.
 */
export const planCaptures = (frames: readonly FrameLayers[]): CapturePlan => {
	const captures: Capture[] = [];
	const captureOfKey = new Map<string, number>();
	const captureOfFrame = frames.map(({overlay}, frame) => {
		if (overlay.type === 'still') {
			const known = captureOfKey.get(overlay.key);
			if (known !== undefined) return known;
			captureOfKey.set(overlay.key, captures.length);
		}
		captures.push({frame, layer: overlay.type === 'whole' ? 'all' : 'overlay'});
		return captures.length - 1;
	});
	return {captures, captureOfFrame};
};
