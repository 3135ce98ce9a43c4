import {createContext, useContext} from 'react';
import {useCurrentFrame} from 'remotion';
import {getTrackKey, type TrackMotion} from './overlay-tracks';

/**
 * Set by the layers composition on an overlay capture (src/kinds/layers/with-layers.tsx):
 * the asset's frame it draws, the track it draws alone and settled, if any, and whether
 * the plan shows spoken words as tracks (it does once the caption pages are measured:
 * getCaptionParts). Without it (Studio, the reference renderer, a whole-frame capture)
 * every block is drawn as it moves.
 */
export type TrackDrawing = {absoluteFrame: number; solo: string | null; wordTracks: boolean};

export const TrackDrawingContext = createContext<TrackDrawing | null>(null);

/**
 * How a block with a track is drawn on this frame: `live` as it moves; `hidden` (left out,
 * its place kept) in an overlay capture, or when another track is drawn alone; `solo`,
 * settled, when its own track is (the rest of the page is hidden then).
 */
export const useTrackDrawing = (motion: TrackMotion, delayInFrames: number): 'live' | 'hidden' | 'solo' => {
	const drawing = useContext(TrackDrawingContext);
	const frame = useCurrentFrame();
	if (!drawing) return 'live';
	if (drawing.solo !== null) {
		const start = drawing.absoluteFrame - frame + delayInFrames;
		return getTrackKey(motion, start) === drawing.solo ? 'solo' : 'hidden';
	}
	return 'hidden';
};
