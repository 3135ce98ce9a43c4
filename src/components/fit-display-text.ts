import {fitTextOnNLines} from '@remotion/layout-utils';
import type {BrandFont} from '../campaign/brand-schema';
import {SAFE_BOX} from '../specs/safe-zone';
import {getDisplayLineHeight} from './get-display-line-height';
import {getDisplaySize} from './get-display-size';

/**
 * A display text set as large as its row allows: of one to `maxLines` lines, the count that
 * gives the largest size once capped by `maxHeight` ("LE BANC DES / POÈTES" rather than a
 * lone "DES" on a third line), with the line height it needs. DOM work (measures the font): once per text, not per frame.
 */
export const fitDisplayText = ({
	text,
	font,
	maxLines,
	maxFontSize,
	lineHeight,
	maxHeight,
}: {
	text: string;
	font: BrandFont;
	maxLines: number;
	maxFontSize: number;
	lineHeight: number;
	maxHeight: number;
}): {fontSize: number; lines: string[]; lineHeight: number} => {
	const tries = Array.from({length: maxLines}, (_, i) => {
		const fit = fitTextOnNLines({
			text,
			maxLines: i + 1,
			maxBoxWidth: SAFE_BOX.width,
			fontFamily: font.family,
			fontWeight: font.weight,
			maxFontSize,
		});
		// More leading where an accent would touch the line above (getDisplayLineHeight).
		const height = getDisplayLineHeight(fit.lines, lineHeight);
		return {
			lines: fit.lines,
			lineHeight: height,
			fontSize: getDisplaySize({widthFitSize: fit.fontSize, lines: fit.lines.length, lineHeight: height, maxHeight}),
		};
	});
	// The largest; on a tie, fewer lines.
	return tries.reduce((best, next) => (next.fontSize > best.fontSize ? next : best));
};
