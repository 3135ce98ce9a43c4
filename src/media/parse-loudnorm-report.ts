export type LoudnessMeasure = {
	integratedLufs: number;
	truePeakDbtp: number;
	lra: number;
	thresholdLufs: number;
};

/**
 * Reads the JSON block ffmpeg's loudnorm filter prints at the end of its log
 * (print_format=json): the input's measures, which the second pass needs as given.
 */
export const parseLoudnormReport = (log: string): LoudnessMeasure & {raw: Record<string, string>} => {
	const start = log.lastIndexOf('{');
	const end = log.lastIndexOf('}');
	if (start === -1 || end < start) throw new TypeError('ffmpeg printed no loudnorm report; is there an audio stream?');
	const raw = JSON.parse(log.slice(start, end + 1)) as Record<string, string>;
	const num = (key: string) => {
		const value = Number(raw[key]);
		// Digital silence measures as -inf: report it as very quiet rather than failing to parse.
		return Number.isFinite(value) ? value : raw[key]?.includes('inf') ? -99 : NaN;
	};
	return {
		integratedLufs: num('input_i'),
		truePeakDbtp: num('input_tp'),
		lra: num('input_lra'),
		thresholdLufs: num('input_thresh'),
		raw,
	};
};
