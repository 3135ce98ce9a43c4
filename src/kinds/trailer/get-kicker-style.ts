import type React from 'react';
import type {Brand} from '../../campaign/brand-schema';

/** The small upper-case line above a card's main text, in the accent colour. */
export const getKickerStyle = (brand: Brand): React.CSSProperties => ({
	fontFamily: brand.fonts.bodyBold.family,
	fontWeight: brand.fonts.bodyBold.weight,
	fontSize: 36,
	letterSpacing: 5,
	textTransform: 'uppercase',
	color: brand.colors.accent,
});
