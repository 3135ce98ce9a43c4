import {interpolateColors} from 'remotion';

/**
 * Text contrast as WCAG 2.2 defines it (success criterion 1.4.3, "Contrast (Minimum)", and
 * its definitions of relative luminance and contrast ratio): text must stand at least 4.5:1
 * against what is behind it (level AA). Pure.
 */
export const MIN_TEXT_CONTRAST = 4.5;

export type Rgb = readonly [red: number, green: number, blue: number];

/** Any CSS colour Remotion understands (`#0F171E`, `gold`, `rgb(…)`) → its sRGB channels, 0–255. */
export const parseColor = (color: string): Rgb => {
	// interpolateColors is Remotion's own colour parser: the same reading of a colour as the frames get.
	const rgba = interpolateColors(0, [0, 1], [color, color]);
	const [r = 0, g = 0, b = 0] = (rgba.match(/\d+(\.\d+)?/g) ?? []).map(Number);
	return [r, g, b];
};

const linear = (channel: number): number => {
	const c = channel / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of an sRGB colour (0–255 channels): 0 for black, 1 for white. */
export const getRelativeLuminance = ([r, g, b]: Rgb): number =>
	0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 (same) to 21 (black on white). */
export const getLuminanceContrast = (a: number, b: number): number => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

export const getContrastRatio = (a: Rgb, b: Rgb): number =>
	getLuminanceContrast(getRelativeLuminance(a), getRelativeLuminance(b));

/** Of `inks` (CSS colours), the one that reads best on `background`: for text on a coloured chip. */
export const pickReadableInk = ({background, inks}: {background: string; inks: readonly string[]}): string => {
	const on = parseColor(background);
	return [...inks].sort((a, b) => getContrastRatio(parseColor(b), on) - getContrastRatio(parseColor(a), on))[0]!;
};
