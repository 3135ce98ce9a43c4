import type React from 'react';
import type {Brand} from '../campaign/brand-schema';
import {pickReadableInk} from '../specs/contrast';
import {getReadableFill} from './get-readable-fill';

/**
 * A label set on a block of the brand's primary colour (the release date's kicker, the call
 * to action): its ink is the brand's text or background colour, whichever stands out more on
 * the block (white on a bright blue falls under 4.5:1).
 */
export const getChipStyle = (brand: Brand): React.CSSProperties => ({
	backgroundColor: brand.colors.primary,
	color: pickReadableInk({background: brand.colors.primary, inks: [brand.colors.text, brand.colors.background]}),
});

/**
 * 7:1 (WCAG's enhanced level) rather than the 4.5:1 minimum: the chip's type is the smallest
 * on the card and must survive video compression and a glance.
 */
export const EPISODE_CHIP_CONTRAST = 7;

/**
 * The episode chip over a title ("ÉPISODE 3"), on the header and the trailer's title card
 * alike: the brand's text colour, as every other line of the card, on the primary darkened
 * toward the background until it stands at EPISODE_CHIP_CONTRAST. Dark ink on the bright
 * primary read as a reversed label that OCR (test/ocr) missed.
 */
export const getEpisodeChipStyle = (brand: Brand): React.CSSProperties => ({
	backgroundColor: getReadableFill({
		fill: brand.colors.primary,
		toward: brand.colors.background,
		ink: brand.colors.text,
		minContrast: EPISODE_CHIP_CONTRAST,
	}).fill,
	color: brand.colors.text,
	alignSelf: 'flex-start',
	padding: '10px 22px',
	fontSize: 44,
	textTransform: 'uppercase',
	letterSpacing: 3,
});
