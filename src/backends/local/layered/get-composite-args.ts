import type {JobSettings} from '../../../kinds/render-settings';
import type {BaseRun} from '../../../timeline/get-base-runs';
import type {TrackFrame} from '../../../timeline/plan-captures';
import type {TransitionPlan} from '../../../timeline/plan-transitions';
import type {AlphaBox} from './find-alpha-box';
import {type FrameSize, getBaseFilters, getFootageInputArgs, seconds} from './get-base-filters';

/** A track's capture, the box of it that has pixels, and where it stands on each frame it moves. */
export type CompositeTrack = {file: string; box: AlphaBox; under: boolean; frames: readonly TrackFrame[]};

/** Where a list of values changes: each run of equal values, by its first index. */
const getRuns = (count: number, valueOf: (i: number) => number): {from: number; value: number}[] => {
	const runs: {from: number; value: number}[] = [];
	for (let i = 0; i < count; i++) {
		const value = valueOf(i);
		if (runs.at(-1)?.value !== value) runs.push({from: i, value});
	}
	return runs;
};

/**
 * An ffmpeg expression choosing `valueOf(i)` on frame i, for `count` frames, one choice per
 * change (a value that never changes is a plain number): `before(i)` is a condition true on
 * the frames before frame i.
 */
const chooseByFrame = (count: number, valueOf: (i: number) => number, before: (i: number) => string): string => {
	const runs = getRuns(count, valueOf);
	return runs
		.slice(0, -1)
		.reduceRight((rest, run, k) => `if(${before(runs[k + 1]!.from)},${run.value},${rest})`, String(runs.at(-1)!.value));
};

/** An ffmpeg expression of the output's time `t`: `valueOf(i)` on frame `first + i`, for `count` frames. */
const perFrame = (first: number, count: number, fps: number, valueOf: (i: number) => number): string =>
	chooseByFrame(count, valueOf, (i) => `lt(t,${seconds((first + i - 0.5) / fps)})`);

/** An expression of a filter's 1-based count of frames in, `in`: `valueOf(i)` on its frame i, for `count` frames. */
const perInputFrame = (count: number, valueOf: (i: number) => number): string =>
	chooseByFrame(count, valueOf, (i) => `lt(in,${i + 0.5})`);

/** Room of transparency around a box that shrinks, so that what perspective draws past its edges is clear. */
const SHRINK_MARGIN = 4;

/**
 * The perspective filter that draws a box (padded by SHRINK_MARGIN) at `scale` of its size
 * on each frame, from its left edge and middle, as CSS's `scale()` with `transform-origin:
 * left center` does.
 */
const shrinkFilter = (box: {width: number; height: number}, scales: readonly number[]): string => {
	const m = SHRINK_MARGIN;
	const originY = m + box.height / 2;
	const corner = (origin: number, at: number) =>
		perInputFrame(scales.length, (i) => Number((origin + scales[i]! * (at - origin)).toFixed(2)));
	const [left, right] = [corner(m, 0), corner(m, box.width + 2 * m)];
	const [top, bottom] = [corner(originY, 0), corner(originY, box.height + 2 * m)];
	return (
		`perspective=x0='${left}':y0='${top}':x1='${right}':y1='${top}':x2='${left}':y2='${bottom}':x3='${right}':y3='${bottom}'` +
		':interpolation=cubic:sense=destination:eval=frame'
	);
};

/**
 * A track over the picture `from`, ending in `[to]`: the box of its capture that has
 * pixels, read once and repeated on each frame it moves, faded by sendcmd frame by frame
 * (an alpha gain), lowered by overlay's y, for a bar that opens, shown from its left
 * edge as far as it has opened (a crop sliding over the box padded with transparency),
 * and for a button that pops, drawn smaller than captured (shrinkFilter).
 */
const layTrack = (
	track: CompositeTrack,
	{id, source}: {id: number; source: string},
	from: string,
	to: string,
	size: FrameSize,
): string[] => {
	const {fps, scale} = size;
	const first = track.frames[0]!.frame;
	const last = track.frames.at(-1)!.frame;
	const at = new Map(track.frames.map((f) => [f.frame, f]));
	const values = Array.from(
		{length: last - first + 1},
		(_, i) => at.get(first + i) ?? {opacity: 0, rise: 0, reveal: 1, scale: 1},
	);
	const mixer = `colorchannelmixer@t${id}`;
	// Each new gain from just before its frame's time: the first one is the filter's own.
	const fades = getRuns(values.length, (i) => Number(values[i]!.opacity.toFixed(4)))
		.slice(1)
		.map(({from, value}) => `${seconds((first + from - 0.5) / fps)} ${mixer} aa ${value.toFixed(4)}`);
	const {box} = track;
	const wipes = values.some((v) => v.reveal < 1);
	const shrinks = values.some((v) => v.scale !== 1);
	const margin = shrinks ? SHRINK_MARGIN : 0;
	const y = perFrame(first, values.length, fps, (i) => box.y - margin + Math.round(values[i]!.rise * scale));
	const hidden = (i: number) => Math.round((1 - values[i]!.reveal) * box.width);
	const repeat = `loop=loop=${values.length - 1}:size=1,settb=1/${fps},setpts=N+${first}`;
	const draw = [
		...(wipes ? [`crop=${box.width}:${box.height}:'${perFrame(first, values.length, fps, hidden)}':0`] : []),
		...(shrinks
			? [
					shrinkFilter(
						box,
						values.map((v) => v.scale),
					),
				]
			: []),
		...(fades.length > 0 ? [`sendcmd=c='${fades.join(';')}'`] : []),
		`${mixer}=aa=${values[0]!.opacity.toFixed(4)},scale=out_color_matrix=bt709:out_range=tv,format=yuva420p`,
	].join(',');
	// Standing still, it is drawn once and the picture repeated; moving, drawn on each frame.
	const still = values.every((v) => standsLike(v, values[0]!));
	return [
		`[${source}]crop=${box.width}:${box.height}:${box.x}:${box.y},format=rgba,` +
			(wipes ? `pad=${box.width * 2}:${box.height}:0:0:color=black@0,` : '') +
			(shrinks ? `pad=${box.width + 2 * margin}:${box.height + 2 * margin}:${margin}:${margin}:color=black@0,` : '') +
			(still ? `${draw},${repeat}` : `${repeat},${draw}`) +
			`[t${id}]`,
		`[${from}][t${id}]overlay=x=${box.x - margin}:y='${y}':eval=frame:eof_action=pass:format=yuv420[${to}]`,
	];
};

type TrackState = Pick<TrackFrame, 'opacity' | 'rise' | 'reveal' | 'scale'>;

/** Whether a track stands the same on two frames, as ffmpeg draws it. */
const standsLike = (a: TrackState, b: TrackState): boolean =>
	a.opacity.toFixed(4) === b.opacity.toFixed(4) &&
	Math.round(a.rise) === Math.round(b.rise) &&
	a.reveal.toFixed(4) === b.reveal.toFixed(4) &&
	a.scale.toFixed(4) === b.scale.toFixed(4);

/**
 * A track as two pieces when it comes to stand still (its settled tail, drawn once and
 * repeated), else as it is.
 */
const splitSettled = (track: CompositeTrack): CompositeTrack[] => {
	const {frames} = track;
	let tail = frames.length - 1;
	while (
		tail > 0 &&
		frames[tail - 1]!.frame === frames[tail]!.frame - 1 &&
		standsLike(frames[tail - 1]!, frames[tail]!)
	) {
		tail--;
	}
	if (tail === 0 || frames.length - tail < 2) return [track];
	return [
		{...track, frames: frames.slice(0, tail)},
		{...track, frames: frames.slice(tail)},
	];
};

/** A transition's frames as ffmpeg plays them: its plan, and the ffconcat list of the captures over the scene coming in. */
export type CompositeTransition = {plan: TransitionPlan; overlayList: string};

/** A track's frames on the output (`entering` false) or over one transition's scene coming in, moving then settled. */
const piecesOf = (tracks: readonly CompositeTrack[], keep: (frame: TrackFrame) => boolean): CompositeTrack[] =>
	tracks.flatMap((track) => {
		const frames = track.frames.filter(keep);
		return frames.length > 0 ? splitSettled({...track, frames}) : [];
	});

/**
 * The mask a transition shows the scene coming in through, as a gray stream over its
 * frames (white: shown): a fade's level, or a wipe's edge where @remotion/transitions'
 * clip path puts it (from the right, from the bottom, or along the diagonal from the
 * bottom-left corner), each a crop sliding over one still picture.
 */
const getMaskFilter = ({from, frames, look, progress}: TransitionPlan, size: FrameSize, label: string): string => {
	const {width: w, height: h, fps} = size;
	/** A gray picture `lum` draws, held over the transition's frames. */
	const still = (picture: string, lum: string) =>
		`color=c=black:s=${picture}:r=${fps},format=gray,geq=lum='${lum}',trim=end_frame=1,` +
		`loop=loop=${frames - 1}:size=1,settb=1/${fps},setpts=N+${from}`;
	const at = (valueOf: (p: number) => number) => perFrame(from, frames, fps, (i) => Math.round(valueOf(progress[i]!)));
	if (look.type === 'fade') {
		// One pixel of a ramp of the 256 levels, as large as the frame.
		return `${still('256x1', 'X')},crop=1:1:'${at((p) => 255 * p)}':0,scale=${w}:${h}:flags=neighbor[${label}]`;
	}
	if (look.direction === 'from-right') {
		return `${still('2x1', '255*X')},scale=${2 * w}:${h}:flags=neighbor,crop=${w}:${h}:'${at((p) => w * p)}':0[${label}]`;
	}
	if (look.direction === 'from-bottom') {
		return `${still('1x2', '255*Y')},scale=${w}:${2 * h}:flags=neighbor,crop=${w}:${h}:0:'${at((p) => h * p)}'[${label}]`;
	}
	// Shown where x/w + 1 - y/h <= 2p: white left of x = w(1 + y/h), on a still 3w wide,
	// drawn at half size (a quarter of the work for geq) and scaled up.
	const [halfW, halfH] = [Math.ceil(w / 2), Math.ceil(h / 2)];
	const edge = `255*clip(${halfW}*(1+Y/${halfH})-X+0.5,0,1)`;
	return (
		`${still(`${3 * halfW}x${halfH}`, edge)},scale=${3 * w}:${h}:flags=bilinear,` +
		`crop=${w}:${h}:'${at((p) => w * (2 - 2 * p))}':0[${label}]`
	);
};

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
