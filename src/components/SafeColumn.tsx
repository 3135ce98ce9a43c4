import React from 'react';
import {SAFE_BOX} from '../specs/safe-zone';

/**
 * A column exactly as large as the safe zone (x 90–900, y 250–1420): whatever a card puts
 * in it stays clear of TikTok's buttons and captions, whatever the text.
 */
export const SafeColumn: React.FC<{
	children: React.ReactNode;
	justify?: React.CSSProperties['justifyContent'];
	gap?: number;
	color: string;
}> = ({children, justify = 'center', gap = 28, color}) => (
	<div
		style={{
			position: 'absolute',
			left: SAFE_BOX.left,
			top: SAFE_BOX.top,
			width: SAFE_BOX.width,
			height: SAFE_BOX.height,
			display: 'flex',
			flexDirection: 'column',
			justifyContent: justify,
			gap,
			color,
			overflow: 'hidden',
		}}
	>
		{children}
	</div>
);
