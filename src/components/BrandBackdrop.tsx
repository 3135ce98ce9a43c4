import React from 'react';
import {AbsoluteFill, interpolate, useCurrentFrame, useVideoConfig} from 'remotion';

/**
 * Full-bleed backdrop: flat brand colour with three slow diagonal bands.
 * Plain transformed divs only: gradients and blur are slow to draw without a GPU.
 */
export const BrandBackdrop: React.FC<{background: string; band: string; accent: string}> = ({
	background,
	band,
	accent,
}) => {
	const frame = useCurrentFrame();
	const {durationInFrames} = useVideoConfig();
	const drift = interpolate(frame, [0, durationInFrames], [0, 140]);
	const bands = [
		{top: 180, height: 260, color: band, opacity: 0.22, speed: 1},
		{top: 980, height: 120, color: accent, opacity: 0.18, speed: -0.7},
		{top: 1560, height: 300, color: band, opacity: 0.16, speed: 0.5},
	];
	return (
		<AbsoluteFill style={{backgroundColor: background, overflow: 'hidden'}}>
			{bands.map((b) => (
				<div
					key={b.top}
					style={{
						position: 'absolute',
						left: -600,
						width: 2400,
						top: b.top,
						height: b.height,
						backgroundColor: b.color,
						opacity: b.opacity,
						transform: `translateX(${drift * b.speed}px) rotate(-12deg)`,
					}}
				/>
			))}
		</AbsoluteFill>
	);
};
