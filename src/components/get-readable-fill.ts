import {interpolateColors} from 'remotion';
import {getContrastRatio, parseColor} from '../specs/contrast';

/** Mixes tried from `fill` (0) to `toward` (1): hundredths, so the fill moves no further than it must. */
const STEPS = 100;

/**
 * The fill a block of `ink` text needs to stand at `minContrast`: `fill` mixed toward
 * `toward` (the brand's background, so the block stays a shade of the brand) by the least
 * step that gets there; if no mix does, the mix where the ink stands out most. Pure.
 */
export const getReadableFill = ({
	fill,
	toward,
	ink,
	minContrast,
}: {
	fill: string;
	toward: string;
	ink: string;
	minContrast: number;
}): {fill: string; mix: number; contrast: number} => {
	const on = parseColor(ink);
	let best = {fill, mix: 0, contrast: getContrastRatio(on, parseColor(fill))};
	for (let step = 1; step <= STEPS && best.contrast < minContrast; step++) {
		// Remotion's own mixing: the colour the frames get.
		const mix = step / STEPS;
		const mixed = interpolateColors(mix, [0, 1], [fill, toward]);
		const contrast = getContrastRatio(on, parseColor(mixed));
		if (contrast > best.contrast) best = {fill: mixed, mix, contrast};
	}
	return best;
};
