/** Frames whose spacing strays more than this from the usual one make a variable frame rate. */
const TOLERANCE = 0.2;

/**
 * From a video stream's packet times (in decoding order): its usual frame rate, and whether
 * frames come at a variable rate (phones slow down in low light, or mix 30 and 60 fps).
 * Pure.
 */
export const getFrameIntervals = (times: readonly number[]): {fps: number | null; variable: boolean} => {
	const sorted = [...times].sort((a, b) => a - b);
	const intervals = sorted
		.slice(1)
		.map((t, i) => t - (sorted[i] ?? t))
		.filter((d) => d > 0);
	if (intervals.length === 0) return {fps: null, variable: false};
	const usual = [...intervals].sort((a, b) => a - b)[Math.floor(intervals.length / 2)] ?? 0;
	const variable = intervals.some((d) => Math.abs(d - usual) > usual * TOLERANCE);
	return {fps: usual > 0 ? Math.round((1 / usual) * 1000) / 1000 : null, variable};
};
