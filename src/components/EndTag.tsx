import React from 'react';
import {AbsoluteFill, useCurrentFrame} from 'remotion';
import type {BrandFont} from '../campaign/brand-schema';
import {SAFE_BOX} from '../specs/safe-zone';
import {END_TAG_DIM_OPACITY, getTrackValues} from './overlay-tracks';
import {useTrackDrawing} from './track-drawing';
import {useEntrance} from './use-entrance';

/** Closing card over the last seconds: when and where to watch. Mount it in a Sequence. */
export const EndTag: React.FC<{
	kicker: string;
	release: string;
	handle: string;
	display: BrandFont;
	bodyBold: BrandFont;
	background: string;
	accent: string;
	text: string;
}> = ({kicker, release, handle, display, bodyBold, background, accent, text}) => {
	const frame = useCurrentFrame();
	const entrance = useEntrance(0);
	const dimDrawing = useTrackDrawing({type: 'dim'}, 0);
	const dim = END_TAG_DIM_OPACITY * (dimDrawing === 'solo' ? 1 : getTrackValues({type: 'dim'}, frame).opacity);
	return (
		<AbsoluteFill>
			<AbsoluteFill
				style={{
					backgroundColor: `rgba(0, 0, 0, ${dim})`,
					visibility: dimDrawing === 'live' ? undefined : dimDrawing === 'solo' ? 'visible' : 'hidden',
				}}
			/>
			<div
				data-safe="end-tag"
				style={{
					...entrance,
					position: 'absolute',
					left: SAFE_BOX.left,
					width: SAFE_BOX.width,
					top: SAFE_BOX.top + SAFE_BOX.height * 0.3,
					padding: '36px 40px',
					backgroundColor: background,
					borderLeft: `12px solid ${accent}`,
					color: text,
				}}
			>
				<div
					style={{
						fontFamily: bodyBold.family,
						fontWeight: bodyBold.weight,
						fontSize: 36,
						color: accent,
						textTransform: 'uppercase',
						letterSpacing: 3,
					}}
				>
					{kicker}
				</div>
				<div style={{fontFamily: display.family, fontSize: 76, lineHeight: 1.05, marginTop: 12}}>{release}</div>
				<div style={{fontFamily: bodyBold.family, fontWeight: bodyBold.weight, fontSize: 40, marginTop: 18}}>
					sur TikTok {handle}
				</div>
			</div>
		</AbsoluteFill>
	);
};
