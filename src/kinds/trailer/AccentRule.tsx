import React from 'react';
import {spring, useCurrentFrame, useVideoConfig} from 'remotion';

/** A short bar that springs open from the left: a cheap accent (a transform, no paint). */
export const AccentRule: React.FC<{delay: number; color: string; width?: number}> = ({delay, color, width = 220}) => {
	const frame = useCurrentFrame();
	const {fps} = useVideoConfig();
	const progress = spring({frame: frame - delay, fps, config: {damping: 14, stiffness: 120}});
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
