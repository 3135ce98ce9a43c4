import React from 'react';
import {spring, useCurrentFrame} from 'remotion';
import {getWipePeak} from '../../components/overlay-tracks';
import {useTrackDrawing} from '../../components/track-drawing';
import {FRAME} from '../../specs/frame';
import {ACCENT_RULE_SPRING} from './card-motion';

const WIPE = {type: 'wipe', config: ACCENT_RULE_SPRING} as const;

/**
 * A short bar that springs open from the left: a cheap accent (a transform, no paint). For
 * the layered renderer, a track: captured once at its widest, shown part by part.
 */
export const AccentRule: React.FC<{delay: number; color: string; width?: number}> = ({delay, color, width = 220}) => {
	const frame = useCurrentFrame();
	const drawing = useTrackDrawing(WIPE, delay);
	const progress =
		drawing === 'solo'
			? getWipePeak(ACCENT_RULE_SPRING)
			: spring({frame: frame - delay, fps: FRAME.fps, config: ACCENT_RULE_SPRING});
	return (
		<div
			style={{
				width,
				height: 12,
				backgroundColor: color,
				transform: `scaleX(${progress})`,
				transformOrigin: 'left center',
				visibility: drawing === 'live' ? undefined : drawing === 'solo' ? 'visible' : 'hidden',
			}}
		/>
	);
};
