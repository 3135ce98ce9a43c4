import {useCurrentFrame} from 'remotion';
import {getTrackValues} from './overlay-tracks';
import {useTrackDrawing} from './track-drawing';

/**
 * Spring entrance for a block of text: slides up and fades in from `fromOpacity`.
 * Starting above zero keeps the first frames from being empty (the scroll-stopping hook).
 * For the layered renderer, a track (src/components/overlay-tracks.ts).
 */
export const useEntrance = (delayInFrames: number, fromOpacity = 0): React.CSSProperties => {
	const frame = useCurrentFrame();
	const motion = {type: 'entrance', fromOpacity} as const;
	const drawing = useTrackDrawing(motion, delayInFrames);
	if (drawing !== 'live') return {visibility: drawing === 'solo' ? 'visible' : 'hidden'};
	const {opacity, rise} = getTrackValues(motion, frame - delayInFrames);
	return {opacity, transform: `translateY(${rise}px)`};
};
