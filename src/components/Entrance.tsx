import React from 'react';
import {useEntrance} from './use-entrance';

/**
 * A block that springs in after `delay` frames (useEntrance as a component, so a list of
 * lines can each have its own delay). `safe` names it for the safe-zone check.
 */
export const Entrance: React.FC<{
	delay: number;
	/** Above 0 for what opens a trailer: its first frames must not be empty (QC's start rule, src/qc/check-levels.ts). */
	fromOpacity?: number;
	safe?: string;
	style?: React.CSSProperties;
	children: React.ReactNode;
}> = ({delay, fromOpacity = 0, safe, style, children}) => {
	const entrance = useEntrance(delay, fromOpacity);
	return (
		<div data-safe={safe} style={{...style, ...entrance}}>
			{children}
		</div>
	);
};
