import {interpolate, spring, useCurrentFrame, useVideoConfig} from 'remotion';
import {ENTRANCE_FRAMES, ENTRANCE_RISE_PX} from './motion';

/**
 * Spring entrance for a block of text: slides up and fades in from `fromOpacity`.
 * Starting above zero keeps the first frames from being empty (the scroll-stopping hook).
 */
export const useEntrance = (delayInFrames: number, fromOpacity = 0): React.CSSProperties => {
	const frame = useCurrentFrame();
	const {fps} = useVideoConfig();
	const progress = spring({
		frame: frame - delayInFrames,
		fps,
		config: {damping: 200},
		durationInFrames: ENTRANCE_FRAMES,
	});
	return {
		opacity: interpolate(progress, [0, 1], [fromOpacity, 1]),
		transform: `translateY(${interpolate(progress, [0, 1], [ENTRANCE_RISE_PX, 0])}px)`,
	};
};
