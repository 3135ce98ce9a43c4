import type {FrameLayers, OverlayLayer} from './frame-layers';

export type CaptureLayer = 'all' | 'overlay';
/**
 * A frame Chrome captures; `solo` for a track's capture (its blocks alone, settled);
 * `scene` to draw that part of the asset alone (the overlay's scene).
 */
export type Capture = {frame: number; layer: CaptureLayer; solo?: string; scene?: number};

/**
 * Where a track's blocks stand on one output frame; `entering` when they belong to the
 * scene coming in during a transition (laid over that scene, not the output).
 */
export type TrackFrame = {frame: number; opacity: number; rise: number; reveal: number; scale: number; entering?: true};

/**
 * A track (OverlayTrack) as ffmpeg lays it: its capture (and, for a part of a shared one,
 * which box of it), and where it stands on each frame it is seen.
 */
export type TrackPlan = {key: string; capture: number; part: number | null; under: boolean; frames: TrackFrame[]};

export type CapturePlan = {
	/** The frames Chrome captures, in order. */
	captures: Capture[];
	/** For each output frame, the index of the capture laid over it. */
	captureOfFrame: number[];
	/** For each output frame, the capture laid over the scene coming in, during a transition; else null. */
	enteringCaptureOfFrame: (number | null)[];
	/** The tracks laid over the overlay captures, in order of first frame. */
	tracks: TrackPlan[];
};

/**
 * The frames Chrome must capture: every moving or whole frame, the first frame of each
 * still overlay (a still seen again, with the same key anywhere in the asset, reuses its
 * capture), and each track once, alone (tracks that are parts of one source share its
 * capture); during a transition, the same for the scene coming in; and where each track
 * stands on each frame. Pure.
 */
export const planCaptures = (frames: readonly FrameLayers[]): CapturePlan => {
	const captures: Capture[] = [];
	const captureOfKey = new Map<string, number>();
	const tracks = new Map<string, TrackPlan>();
	const captureOfSolo = new Map<string, number>();
	const inScene = (overlay: OverlayLayer) =>
		overlay.type !== 'whole' && overlay.scene !== undefined ? {scene: overlay.scene} : {};
	const capture = (overlay: OverlayLayer, frame: number, entering: boolean): number => {
		if (overlay.type !== 'whole') {
			for (const {key, opacity, rise, reveal, scale, under, part} of overlay.tracks ?? []) {
				let track = tracks.get(key);
				if (!track) {
					const solo = part?.source ?? key;
					let index = captureOfSolo.get(solo);
					if (index === undefined) {
						index = captures.length;
						captureOfSolo.set(solo, index);
						captures.push({frame, layer: 'overlay', solo, ...inScene(overlay)});
					}
					track = {key, capture: index, part: part?.index ?? null, under: under ?? false, frames: []};
					tracks.set(key, track);
				}
				track.frames.push({
					frame,
					opacity,
					rise,
					reveal: reveal ?? 1,
					scale: scale ?? 1,
					...(entering ? {entering: true as const} : {}),
				});
			}
		}
		if (overlay.type === 'still') {
			const known = captureOfKey.get(overlay.key);
			if (known !== undefined) return known;
			captureOfKey.set(overlay.key, captures.length);
		}
		captures.push({frame, layer: overlay.type === 'whole' ? 'all' : 'overlay', ...inScene(overlay)});
		return captures.length - 1;
	};
	const captureOfFrame: number[] = [];
	const enteringCaptureOfFrame: (number | null)[] = [];
	frames.forEach(({overlay, entering}, frame) => {
		captureOfFrame.push(capture(overlay, frame, false));
		enteringCaptureOfFrame.push(entering ? capture(entering.overlay, frame, true) : null);
	});
	return {captures, captureOfFrame, enteringCaptureOfFrame, tracks: [...tracks.values()]};
};
