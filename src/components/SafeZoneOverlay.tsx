import React from 'react';
import {AbsoluteFill} from 'remotion';
import {FRAME} from '../specs/frame';
import {SAFE_BOX} from '../specs/safe-zone';

const shade = 'rgba(255, 0, 80, 0.28)';

/** Studio aid: greys out where TikTok draws its UI. Off in renders (a prop). */
export const SafeZoneOverlay: React.FC = () => (
	<AbsoluteFill style={{pointerEvents: 'none'}}>
		<div style={{position: 'absolute', left: 0, top: 0, width: FRAME.width, height: SAFE_BOX.top, background: shade}} />
		<div
			style={{
				position: 'absolute',
				left: 0,
				top: SAFE_BOX.bottom,
				width: FRAME.width,
				height: FRAME.height - SAFE_BOX.bottom,
				background: shade,
			}}
		/>
		<div
			style={{
				position: 'absolute',
				left: 0,
				top: SAFE_BOX.top,
				width: SAFE_BOX.left,
				height: SAFE_BOX.height,
				background: shade,
			}}
		/>
		<div
			style={{
				position: 'absolute',
				left: SAFE_BOX.right,
				top: SAFE_BOX.top,
				width: FRAME.width - SAFE_BOX.right,
				height: SAFE_BOX.height,
				background: shade,
			}}
		/>
		<div
			style={{
				position: 'absolute',
				left: SAFE_BOX.left,
				top: SAFE_BOX.top,
				width: SAFE_BOX.width,
				height: SAFE_BOX.height,
				outline: '3px dashed rgba(255, 255, 255, 0.8)',
			}}
		/>
	</AbsoluteFill>
);
