import React from 'react';
import {spring, useCurrentFrame, useVideoConfig} from 'remotion';
import {ACCENT_RULE_SPRING} from './card-motion';

/** A short bar that springs open from the left: a cheap accent (a transform, no paint). */
export const AccentRule: React.FC<{delay: number; color: string; width?: number}> = ({delay, color, width = 220}) => {
	const frame = useCurrentFrame();
	const {fps} = useVideoConfig();
	const progress = spring({frame: frame - delay, fps, config: ACCENT_RULE_SPRING});
	return (
		<div
			style={{
				width,
				height: 12,
				backgroundColor: color,
				transform: `scaleX(${progress})`,
				transformOrigin: 'left center',
			}}
		/>
	);
};
