import {
	BACKDROP_DRIFT_PX,
	BAND_ANGLE_DEG,
	BAND_LEFT,
	BAND_WIDTH,
	getBackdropBands,
} from '../../../components/backdrop-bands';
import type {BaseRun} from '../../../timeline/get-base-runs';
import {toFfmpegColor} from './to-ffmpeg-color';

export type FrameSize = {width: number; height: number; scale: number; fps: number};

/** Seconds as ffmpeg reads them, rounded down to the microsecond: a frame at exactly that time is kept. */
export const seconds = (value: number) => (Math.floor(value * 1e6) / 1e6).toFixed(6);

/**
 * The input a footage run is read from: the source opened at its in point, a frame longer
 * than the run, decoded on one thread (a trailer opens one input per cut, and each
 * decoder's threads keep frames of their own: 2 cores gain nothing from them).
 */
export const getFootageInputArgs = (
	run: Extract<BaseRun, {type: 'footage'}>,
	fps: number,
	resolveFootage: (src: string) => string,
): string[] => [
	'-threads',
	'1',
	'-ss',
	seconds(run.fromSourceFrame / fps),
	'-t',
	seconds((run.frames + 1) / fps),
	'-i',
	resolveFootage(run.src),
];

/**
 * Untagged footage (the sample's) is read as BT.709: what matches the reference renderer's
 * pictures (SSIM 0.99 at full size, `npm run bench -- --compare`).
 */
const FOOTAGE_MATRIX = 'bt709';

/** RGB to the output's pixels: 4:2:0, BT.709, limited range, as the encoder takes them. */
export const TO_OUTPUT_PIXELS = 'scale=out_color_matrix=bt709:out_range=tv,format=yuv420p';

/** A still picture drawn once, converted once, then shown on `frames` frames. */
const still = (source: string, frames: number, fps: number) =>
	`${source},trim=end_frame=1,${TO_OUTPUT_PIXELS},loop=loop=${frames - 1}:size=1,setpts=N/(${fps}*TB)`;

const fill = (color: string, frames: number, {width, height, fps}: FrameSize) =>
	still(`color=c=${toFfmpegColor(color)}:s=${width}x${height}:r=${fps},format=gbrp`, frames, fps);

/**
 * The backdrop as BrandBackdrop draws it: colour, then each band turned and sliding sideways.
 * Each band is drawn, turned and converted once, then laid on every frame where it has slid
 * to (overlay's per-frame x): rotating or converting per frame would be slow.
 */
const backdrop = (run: Extract<BaseRun, {type: 'backdrop'}>, label: string, size: FrameSize): string[] => {
	const {scale, fps} = size;
	const angle = `${BAND_ANGLE_DEG}*PI/180`;
	const bands = getBackdropBands(run);
	const chains = [`${fill(run.background, run.frames, size)}[${label}s0]`];
	bands.forEach((band, i) => {
		const w = Math.round(BAND_WIDTH * scale);
		const h = Math.round(band.height * scale);
		const drawn =
			`color=c=${toFfmpegColor(band.color)}:s=${w}x${h}:r=${fps},format=rgba,colorchannelmixer=aa=${band.opacity},` +
			`rotate=a=${angle}:ow=rotw(${angle}):oh=roth(${angle}):c=none`;
		chains.push(`${still(drawn, run.frames, fps).replace('format=yuv420p', 'format=yuva420p')}[${label}b${i}]`);
		// The band's centre: its box's centre, moved sideways by the drift (getBackdropDrift).
		const centreX = `(${BAND_LEFT + BAND_WIDTH / 2}+${BACKDROP_DRIFT_PX}*(${run.fromFrame}+n)/${run.durationInFrames}*${band.speed})*${scale}`;
		const centreY = `${(band.top + band.height / 2) * scale}`;
		const next = i === bands.length - 1 ? label : `${label}s${i + 1}`;
		chains.push(
			`[${label}s${i}][${label}b${i}]overlay=x='${centreX}-w/2':y='${centreY}-h/2':eval=frame:format=yuv420[${next}]`,
		);
	});
	return chains;
};

/**
 * The filter chains that draw one run of bases, ending in `[label]` in the output's pixel
 * format (footage stays in YUV all the way; drawn bases go through RGB): `input` is the index
 * of the ffmpeg input holding a footage run (opened at its in point). Pure.
 */
export const getBaseFilters = (run: BaseRun, label: string, input: number | null, size: FrameSize): string[] => {
	const chains = drawBase(run, `${label}raw`, input, size);
	// Frame n of the run at n/fps, whatever the sources' clocks: the runs join end to end.
	return [...chains, `[${label}raw]settb=1/${size.fps},setpts=N[${label}]`];
};

const drawBase = (run: BaseRun, label: string, input: number | null, size: FrameSize): string[] => {
	const {width, height, fps} = size;
	switch (run.type) {
		case 'fill':
			return [`${fill(run.color, run.frames, size)}[${label}]`];
		case 'backdrop':
			return backdrop(run, label, size);
		case 'footage':
			return [
				`[${input}:v]setpts=PTS-STARTPTS,fps=${fps},tpad=stop=${run.frames}:color=black,trim=end_frame=${run.frames},` +
					`scale=${width}:${height}:force_original_aspect_ratio=increase:in_color_matrix=${FOOTAGE_MATRIX}:in_range=tv:` +
					`out_color_matrix=bt709:out_range=tv,crop=${width}:${height},setsar=1,format=yuv420p[${label}]`,
			];
	}
};
