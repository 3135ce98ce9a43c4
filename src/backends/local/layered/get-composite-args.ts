import type {JobSettings} from '../../../kinds/render-settings';
import type {BaseRun} from '../../../timeline/get-base-runs';
import type {TransitionPlan} from '../../../timeline/plan-transitions';
import {type FrameSize, getBaseFilters, getFootageInputArgs} from './get-base-filters';
import {getMaskFilter} from './get-mask-filter';
import {type CompositeTrack, layTrack, piecesOf} from './lay-track';

/** A transition's frames as ffmpeg plays them: its plan, and the ffconcat list of the captures over the scene coming in. */
export type CompositeTransition = {plan: TransitionPlan; overlayList: string};

/**
 * The one ffmpeg run that makes an asset's video from its layers: each base run drawn
 * (footage opened at its in point), joined end to end, the captured overlays laid on top
 * from their ffconcat list (blended in BT.709 4:2:0, which is what is encoded: no round trip
 * through RGB for the footage), with the tracks (blocks that only fade and rise, captured
 * once) laid over them, or between base and overlay for those under the rest (EndTag's
 * dim); then each transition's scene coming in, drawn the same way on its own, laid over
 * through its mask; and encoded with the job's x264 settings. Pure.
 */
export const getCompositeArgs = ({
	runs,
	resolveFootage,
	overlayList,
	tracks = [],
	transitions = [],
	size,
	totalFrames,
	settings,
	output,
}: {
	runs: readonly BaseRun[];
	/** The file behind a footage run's `src`. */
	resolveFootage: (src: string) => string;
	overlayList: string;
	tracks?: readonly CompositeTrack[];
	transitions?: readonly CompositeTransition[];
	size: FrameSize;
	totalFrames: number;
	settings: Pick<JobSettings, 'crf' | 'videoBitrate' | 'x264Preset'>;
	output: string;
}): string[] => {
	const inputs: string[] = [];
	const filters: string[] = [];
	let inputCount = 0;
	const addInput = (args: string[]): number => {
		inputs.push(...args);
		return inputCount++;
	};
	// Each capture a track shows is read once, and split among its tracks and their pieces.
	const trackReads = new Map<string, number>();
	let pieces = 0;
	const readTrack = (file: string) => {
		const uses = trackReads.get(file) ?? 0;
		trackReads.set(file, uses + 1);
		return {id: pieces++, source: `${[...trackReads.keys()].indexOf(file)}use${uses}`};
	};
	/** A scene's pictures: its bases joined, numbered from `from`, its captures and tracks laid over; ends in `[${name}]`. */
	const drawLayers = (layers: {
		name: string;
		runs: readonly BaseRun[];
		from: number;
		overlayList: string;
		tracks: readonly CompositeTrack[];
	}) => {
		const {name, from} = layers;
		layers.runs.forEach((run, i) => {
			const input = run.type === 'footage' ? addInput(getFootageInputArgs(run, size.fps, resolveFootage)) : null;
			filters.push(...getBaseFilters(run, `${name}r${i}`, input, size));
		});
		// Opaque captures (whole frames) come as RGB PNGs, the others as RGBA: without this, each
		// change of pixel format would restart the filter graph, and every base with it.
		const overlay = addInput(['-reinit_filter', '0', '-f', 'concat', '-safe', '0', '-i', layers.overlayList]);
		const laid = layers.tracks.map((track) => ({track, input: readTrack(track.file)}));
		const under = laid.filter(({track}) => track.under);
		const over = laid.filter(({track}) => !track.under);
		const at = from === 0 ? '' : `+${from}`;
		filters.push(
			// Numbered again after the join: concat places each run after the last frame's duration, which can be off.
			`${layers.runs.map((_, i) => `[${name}r${i}]`).join('')}concat=n=${layers.runs.length}:v=1:a=0,settb=1/${size.fps},setpts=N${at}[${name}base0]`,
			// scale, not format: it follows the pixel format frame by frame.
			`[${overlay}:v]scale=out_color_matrix=bt709:out_range=tv,format=yuva420p${from === 0 ? '' : `,setpts=PTS+${from}/(${size.fps}*TB)`}[${name}over]`,
			...under.flatMap(({track, input}, i) => layTrack(track, input, `${name}base${i}`, `${name}base${i + 1}`, size)),
			`[${name}base${under.length}][${name}over]overlay=format=yuv420:eof_action=repeat[${name}top0]`,
			...over.flatMap(({track, input}, i) => layTrack(track, input, `${name}top${i}`, `${name}top${i + 1}`, size)),
		);
		return `${name}top${over.length}`;
	};
	let picture = drawLayers({
		name: '',
		runs,
		from: 0,
		overlayList,
		tracks: piecesOf(tracks, (frame) => !frame.entering),
	});
	transitions.forEach(({plan, overlayList: list}, k) => {
		const end = plan.from + plan.frames;
		const coming = drawLayers({
			name: `in${k}`,
			runs: plan.runs,
			from: plan.from,
			overlayList: list,
			tracks: piecesOf(tracks, (f) => f.entering === true && f.frame >= plan.from && f.frame < end),
		});
		filters.push(
			getMaskFilter(plan, size, `in${k}mask`),
			`[${coming}]format=yuva420p[in${k}pic]`,
			`[in${k}pic][in${k}mask]alphamerge[in${k}]`,
			`[${picture}][in${k}]overlay=format=yuv420:eof_action=pass[after${k}]`,
		);
		picture = `after${k}`;
	});
	[...trackReads].forEach(([file, uses], n) => {
		const input = addInput(['-i', file]);
		filters.push(`[${input}:v]split=${uses}${Array.from({length: uses}, (_, k) => `[${n}use${k}]`).join('')}`);
	});
	filters.push(`[${picture}]trim=end_frame=${totalFrames},format=yuv420p[out]`);
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
