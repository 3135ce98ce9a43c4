import type {SourceProbe} from './source-probe';

type SourceVideo = NonNullable<SourceProbe['video']>;

/** Codecs the renderer's Chromium decodes in software, 8-bit: anything else goes through a proxy. */
const CHROME_CODECS = ['h264', 'vp8', 'vp9', 'av1'];
/** A source with more pixels than this many frames' worth is decoded once, at frame size, not per asset. */
const MAX_FRAMES_OF_PIXELS = 2;

export type FootageTreatment = {
	/** True when the renderers read a normalised copy (H.264 8-bit SDR at frame size, 30 fps). */
	proxy: boolean;
	/** Why, in an editor's words; empty when the file is used as it is. */
	reasons: string[];
};

/**
 * What the project does with a footage file before rendering, from its probe. HDR is tone
 * mapped, codecs or depths Chrome cannot decode and very large pictures are normalised once
 * into a proxy; rotation and variable frame rate are honoured by both renderers as they are
 * (Chrome and ffmpeg turn the picture and conform to 30 fps). Pure.
 */
export const getFootageTreatment = (video: SourceVideo, frame: {width: number; height: number}): FootageTreatment => {
	const reasons: string[] = [];
	if (video.transfer !== 'sdr') reasons.push(`${video.transfer.toUpperCase()} HDR is tone-mapped to SDR BT.709`);
	if (!CHROME_CODECS.includes(video.codec)) reasons.push(`${video.codec} is not decoded by Chrome`);
	else if (video.bitDepth > 8) reasons.push(`${video.bitDepth}-bit is not decoded by Chrome`);
	if (video.displayWidth * video.displayHeight > MAX_FRAMES_OF_PIXELS * frame.width * frame.height) {
		reasons.push(`${video.displayWidth}×${video.displayHeight} is decoded once at frame size`);
	}
	return {proxy: reasons.length > 0, reasons};
};

const seconds = (s: number) => `${s.toFixed(1)} s`;

/** One line for `npm run check`: what the file is, and what will be done with it. Pure. */
export const describeFootage = (probe: SourceProbe, treatment: FootageTreatment | null): string => {
	const {video, audio} = probe;
	if (!video) return `no video stream, ${seconds(probe.durationSeconds)}`;
	const turned =
		video.rotation === 0 ? '' : ` shown ${video.displayWidth}×${video.displayHeight} (turned ${video.rotation}°)`;
	const rate = video.variableFrameRate
		? `variable frame rate (mostly ${Math.round(video.fps)} fps, conformed to 30)`
		: `${Math.round(video.fps * 100) / 100} fps constant`;
	const light =
		video.transfer === 'sdr'
			? `SDR ${video.bitDepth}-bit`
			: `${video.transfer.toUpperCase()} HDR ${video.bitDepth}-bit`;
	const parts = [
		`${video.codec} ${video.width}×${video.height}${turned}`,
		rate,
		`${light}${video.dolbyVision ? ' + Dolby Vision metadata' : ''}`,
		seconds(probe.durationSeconds),
		audio ? `sound ${audio.codec}` : 'no sound',
	];
	const action = treatment?.proxy ? `proxy (${treatment.reasons.join('; ')})` : 'used as it is';
	return `${parts.join(', ')} → ${action}`;
};
