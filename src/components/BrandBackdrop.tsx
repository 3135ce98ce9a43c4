import React from 'react';
import {AbsoluteFill, useCurrentFrame, useVideoConfig} from 'remotion';
import {
	BAND_ANGLE_DEG,
	BAND_LEFT,
	BAND_WIDTH,
	type BackdropColours,
	getBackdropBands,
	getBackdropDrift,
} from './backdrop-bands';
import {useRenderLayer} from './render-layer';

/**
 * Full-bleed backdrop: flat brand colour with three slow diagonal bands.
 * Plain transformed divs only: gradients and blur are slow to draw without a GPU.
 * The layered renderer draws it with ffmpeg from the same geometry (backdrop-bands.ts).
 */
export const BrandBackdrop: React.FC<BackdropColours> = (colours) => {
	const frame = useCurrentFrame();
	const {durationInFrames} = useVideoConfig();
	if (useRenderLayer() !== 'all') return null;
	const drift = getBackdropDrift(frame, durationInFrames);
	return (
		<AbsoluteFill style={{backgroundColor: colours.background, overflow: 'hidden'}}>
			{getBackdropBands(colours).map((b) => (
				<div
					key={b.top}
					style={{
						position: 'absolute',
						left: BAND_LEFT,
						width: BAND_WIDTH,
						top: b.top,
						height: b.height,
						backgroundColor: b.color,
						opacity: b.opacity,
						transform: `translateX(${drift * b.speed}px) rotate(${BAND_ANGLE_DEG}deg)`,
					}}
				/>
			))}
		</AbsoluteFill>
	);
};
