import React from 'react';
import {AbsoluteFill} from 'remotion';
import type {Brand} from '../../campaign/brand-schema';
import {BrandBackdrop} from '../../components/BrandBackdrop';
import {SafeColumn} from '../../components/SafeColumn';

/** What every card stands on: the brand backdrop and a column the size of the safe zone. */
export const CardShell: React.FC<{brand: Brand; gap?: number; children: React.ReactNode}> = ({
	brand,
	gap,
	children,
}) => (
	<AbsoluteFill>
		<BrandBackdrop background={brand.colors.background} band={brand.colors.primary} accent={brand.colors.accent} />
		<SafeColumn color={brand.colors.text} gap={gap}>
			{children}
		</SafeColumn>
	</AbsoluteFill>
);
