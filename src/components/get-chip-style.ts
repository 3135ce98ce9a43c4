import type React from 'react';
import type {Brand} from '../campaign/brand-schema';
import {pickReadableInk} from '../specs/contrast';

/**
 * A label set on a block of the brand's primary colour ("ÉPISODE 3", the call to action):
 * its ink is the brand's text or background colour, whichever stands out more on the block
 * (white on a bright blue falls under 4.5:1).
 */
export const getChipStyle = (brand: Brand): React.CSSProperties => ({
	backgroundColor: brand.colors.primary,
	color: pickReadableInk({background: brand.colors.primary, inks: [brand.colors.text, brand.colors.background]}),
});

/** The episode chip over a title ("ÉPISODE 3"), on the header and the trailer's title card alike. */
export const getEpisodeChipStyle = (brand: Brand): React.CSSProperties => ({
	...getChipStyle(brand),
	alignSelf: 'flex-start',
	padding: '10px 22px',
	fontSize: 44,
	textTransform: 'uppercase',
	letterSpacing: 3,
});
