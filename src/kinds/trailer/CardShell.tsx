import React from 'react';
import {AbsoluteFill} from 'remotion';
import type {Brand} from '../../campaign/brand-schema';
import {BrandBackdrop} from '../../components/BrandBackdrop';
import {SafeGrid} from '../../components/SafeGrid';

/**
 * What every card stands on: the brand backdrop, and the safe zone's grid: `top` on its top
 * edge, `bottom` on its bottom edge, `middle` centred between them.
 */
export const CardShell: React.FC<{
	brand: Brand;
	gap?: number;
	top?: React.ReactNode;
	middle: React.ReactNode;
	bottom?: React.ReactNode;
}> = ({brand, gap, top, middle, bottom}) => (
	<AbsoluteFill>
		<BrandBackdrop background={brand.colors.background} band={brand.colors.primary} accent={brand.colors.accent} />
		<SafeGrid color={brand.colors.text} gap={gap} top={top} middle={middle} bottom={bottom} />
	</AbsoluteFill>
);
