import type {FrameLayers} from './frame-layers';

export type CaptureLayer = 'all' | 'overlay';
/** A frame Chrome captures; `solo` for a track's capture (its blocks alone, settled). */
export type Capture = {frame: number; layer: CaptureLayer; solo?: string};

/** Where a track's blocks stand on one output frame. */
export type TrackFrame = {frame: number; opacity: number; rise: number; reveal: number; scale: number};

/**
 * A track (OverlayTrack) as ffmpeg lays it: its capture (and, for a part of a shared one,
 * which box of it), and where it stands on each frame it moves.
 */
export type TrackPlan = {key: string; capture: number; part: number | null; under: boolean; frames: TrackFrame[]};

export type CapturePlan = {
	/** The frames Chrome captures, in order. */
	captures: Capture[];
	/** For each output frame, the index of the capture laid over it. */
	captureOfFrame: number[];
	/** The tracks laid over the overlay captures, in order of first frame. */
	tracks: TrackPlan[];
};

/**
 * The frames Chrome must capture: every moving or whole frame, the first frame of each
 * still overlay (a still seen again, with the same key anywhere in the asset, reuses its
 * capture), and each track once, alone (tracks that are parts of one source share its
 * capture); and where each track stands on each frame. Pure.
 */
export const planCaptures = (frames: readonly FrameLayers[]): CapturePlan => {
	const captures: Capture[] = [];
	const captureOfKey = new Map<string, number>();
	const tracks = new Map<string, TrackPlan>();
	const captureOfSolo = new Map<string, number>();
	const captureOfFrame = frames.map(({overlay}, frame) => {
		if (overlay.type !== 'whole') {
			for (const {key, opacity, rise, reveal, scale, under, part} of overlay.tracks ?? []) {
				let track = tracks.get(key);
				if (!track) {
					const solo = part?.source ?? key;
					let capture = captureOfSolo.get(solo);
					if (capture === undefined) {
						capture = captures.length;
						captureOfSolo.set(solo, capture);
						captures.push({frame, layer: 'overlay', solo});
					}
					track = {key, capture, part: part?.index ?? null, under: under ?? false, frames: []};
					tracks.set(key, track);
				}
				track.frames.push({frame, opacity, rise, reveal: reveal ?? 1, scale: scale ?? 1});
			}
		}
		if (overlay.type === 'still') {
			const known = captureOfKey.get(overlay.key);
			if (known !== undefined) return known;
			captureOfKey.set(overlay.key, captures.length);
		}
		captures.push({frame, layer: overlay.type === 'whole' ? 'all' : 'overlay'});
		return captures.length - 1;
	});
	return {captures, captureOfFrame, tracks: [...tracks.values()]};
};
