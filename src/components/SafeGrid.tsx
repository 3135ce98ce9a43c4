import React from 'react';
import {ENTRANCE_RISE_PX} from './motion';
import {SafeColumn} from './SafeColumn';

const zone = (gap: number): React.CSSProperties => ({display: 'flex', flexDirection: 'column', gap});

/**
 * The safe zone as a vertical grid of three rows: `top` stands on its top edge, `bottom` on
 * its bottom edge, `middle` is centred in what is left. A card or header fills the whole
 * 9:16 safe area this way, whatever the length of its texts, instead of piling up in one
 * block.
 */
export const SafeGrid: React.FC<{
	color: string;
	top?: React.ReactNode;
	middle: React.ReactNode;
	bottom?: React.ReactNode;
	/** Between the blocks of one row. */
	gap?: number;
}> = ({color, top, middle, bottom, gap = 24}) => (
	<SafeColumn color={color} justify="space-between" gap={gap}>
		<div style={zone(gap)}>{top}</div>
		{/* Takes what the top and bottom rows leave, never less than its content: text too long for
		    the zone pushes the bottom row out of it, where the safe-zone guard names it, rather than
		    drawing over its neighbours. */}
		<div style={{...zone(gap), flex: 1, justifyContent: 'center'}}>{middle}</div>
		{/* Entrances rise from below their place: the bottom row leaves them room inside the zone. */}
		<div style={{...zone(gap), paddingBottom: ENTRANCE_RISE_PX}}>{bottom}</div>
	</SafeColumn>
);
