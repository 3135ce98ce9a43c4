import {fitTextOnNLines} from '@remotion/layout-utils';
import {useMemo} from 'react';
import type {BrandFont} from '../campaign/brand-schema';
import {SAFE_BOX} from '../specs/safe-zone';

/**
 * The largest size (up to `maxFontSize`) at which `text` fits the safe zone's width in
 * `maxLines` lines, and those lines. Measuring is DOM work: once per text, not per frame.
 * The font must be loaded.
 */
export const useFitText = ({
	text,
	font,
	maxLines,
	maxFontSize,
	maxBoxWidth = SAFE_BOX.width,
}: {
	text: string;
	font: BrandFont;
	maxLines: number;
	maxFontSize: number;
	maxBoxWidth?: number;
}): {fontSize: number; lines: string[]} =>
	useMemo(
		() =>
			fitTextOnNLines({
				text,
				maxLines,
				maxBoxWidth,
				fontFamily: font.family,
				fontWeight: font.weight,
				maxFontSize,
			}),
		[text, maxLines, maxBoxWidth, font.family, font.weight, maxFontSize],
	);
