import {interpolateColors} from 'remotion';

/** Any CSS colour the campaign accepts, as ffmpeg writes colours: `0xRRGGBB@alpha`. */
export const toFfmpegColor = (css: string): string => {
	// Remotion's own colour parser: the browser and ffmpeg then agree on every CSS form.
	const rgba = interpolateColors(0, [0, 1], [css, css]);
	const match = /rgba\((\d+), (\d+), (\d+), ([\d.]+)\)/.exec(rgba);
	if (!match) throw new TypeError(`Cannot read the colour "${css}" (${rgba})`);
	const hex = [match[1], match[2], match[3]].map((c) => Number(c).toString(16).padStart(2, '0')).join('');
	return `0x${hex}@${Number(match[4])}`;
};
