import type {JobSettings} from '../../../kinds/render-settings';
import type {BaseRun} from '../../../timeline/get-base-runs';
import {type FrameSize, getBaseFilters} from './get-base-filters';

/** Seconds as ffmpeg reads them, rounded down to the microsecond: a frame at exactly that time is kept. */
export const seconds = (value: number) => (Math.floor(value * 1e6) / 1e6).toFixed(6);

/**
 * The one ffmpeg run that makes an asset's video from its layers: each base run drawn
 * (footage opened at its in point), joined end to end, the captured overlays laid on top
 * from their ffconcat list (blended in BT.709 4:2:0, which is what is encoded: no round trip
 * through RGB for the footage), and encoded with the job's x264 settings. Pure.
 */
export const getCompositeArgs = ({
	runs,
	resolveFootage,
	overlayList,
	size,
	totalFrames,
	settings,
	output,
}: {
	runs: readonly BaseRun[];
	/** The file behind a footage run's `src`. */
	resolveFootage: (src: string) => string;
	overlayList: string;
	size: FrameSize;
	totalFrames: number;
	settings: Pick<JobSettings, 'crf' | 'videoBitrate' | 'x264Preset'>;
	output: string;
}): string[] => {
	const inputs: string[] = [];
	const filters: string[] = [];
	let footageInputs = 0;
	runs.forEach((run, i) => {
		let input: number | null = null;
		if (run.type === 'footage') {
			input = footageInputs++;
			const from = run.fromSourceFrame / size.fps;
			inputs.push('-ss', seconds(from), '-t', seconds((run.frames + 1) / size.fps), '-i', resolveFootage(run.src));
		}
		filters.push(...getBaseFilters(run, `r${i}`, input, size));
	});
	const overlayInput = footageInputs;
	// Opaque captures (transitions) come as RGB PNGs, the others as RGBA: without this, each
	// change of pixel format would restart the filter graph, and every base with it.
	inputs.push('-reinit_filter', '0', '-f', 'concat', '-safe', '0', '-i', overlayList);
	filters.push(
		// Numbered again after the join: concat places each run after the last frame's duration, which can be off.
		`${runs.map((_, i) => `[r${i}]`).join('')}concat=n=${runs.length}:v=1:a=0,settb=1/${size.fps},setpts=N[base]`,
		// scale, not format: it follows the pixel format frame by frame.
		`[${overlayInput}:v]scale=out_color_matrix=bt709:out_range=tv,format=yuva420p[over]`,
		`[base][over]overlay=format=yuv420:eof_action=repeat,trim=end_frame=${totalFrames},format=yuv420p[out]`,
	);
	const rate = settings.videoBitrate ? ['-b:v', settings.videoBitrate] : ['-crf', String(settings.crf ?? 18)];
	return [
		'-y',
		...inputs,
		'-filter_complex',
		filters.join(';'),
		'-map',
		'[out]',
		'-r',
		String(size.fps),
		'-c:v',
		'libx264',
		'-preset',
		settings.x264Preset,
		...rate,
		'-pix_fmt',
		'yuv420p',
		'-colorspace:v',
		'bt709',
		'-color_primaries:v',
		'bt709',
		'-color_trc:v',
		'bt709',
		'-color_range',
		'tv',
		'-movflags',
		'+faststart',
		'-f',
		'mp4',
		output,
	];
};

/** The pictures and the sound pass in one MP4, both copied as they are, moov first. Pure. */
export const getMuxArgs = ({pictures, sound, output}: {pictures: string; sound: string; output: string}): string[] => [
	'-y',
	'-i',
	pictures,
	'-i',
	sound,
	'-map',
	'0:v',
	'-map',
	'1:a',
	'-c',
	'copy',
	'-movflags',
	'+faststart',
	'-f',
	'mp4',
	output,
];
