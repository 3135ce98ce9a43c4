import type {SourceProbe} from './source-probe';

type SourceVideo = NonNullable<SourceProbe['video']>;

/** BT.2408: HDR reference white (HLG 75 %, PQ 203 cd/m²) is what SDR white stands for. */
const REFERENCE_WHITE_NITS = 203;
/** The brightest an iPhone masters HDR to; above reference white, highlights are rolled off up to it. */
const MASTERING_PEAK_NITS = 1000;

/**
 * HDR to SDR BT.709 with zscale and tonemap (Debian's ffmpeg has both; libplacebo needs a
 * GPU): linear light with reference white at 1.0, BT.2020 to BT.709 primaries, a Möbius
 * roll-off that leaves everything under 90 % of white untouched and folds highlights in,
 * then the BT.709 curve. An SDR copy made into HLG comes back with its own brightness.
 */
const TONE_MAP = [
	`zscale=t=linear:npl=${REFERENCE_WHITE_NITS}`,
	'format=gbrpf32le',
	'zscale=p=709',
	`tonemap=tonemap=mobius:param=0.9:desat=0:peak=${(MASTERING_PEAK_NITS / REFERENCE_WHITE_NITS).toFixed(3)}`,
	'zscale=t=709:m=709:r=tv',
];

/**
 * The ffmpeg arguments that normalise a footage file into a proxy every renderer reads:
 * turned upright (ffmpeg applies the display matrix), conformed to the frame rate, scaled
 * down to cover the frame (never up), tone-mapped if HDR, H.264 8-bit BT.709, its sound
 * as AAC. Pure; `recipe` names everything that shapes the result but the paths.
 */
export const getProxyArgs = ({
	input,
	output,
	video,
	frame,
}: {
	input: string;
	output: string;
	video: SourceVideo;
	frame: {width: number; height: number; fps: number};
}): {args: string[]; recipe: string} => {
	const cover = Math.max(frame.width / video.displayWidth, frame.height / video.displayHeight);
	const scale =
		cover < 1 ? [`scale=${frame.width}:${frame.height}:force_original_aspect_ratio=increase:flags=bicubic`] : [];
	// Frames dropped and pixels scaled down first: tone mapping works in float, per pixel.
	const filters = [
		`fps=${frame.fps}`,
		...scale,
		...(video.transfer === 'sdr' ? [] : TONE_MAP),
		// Untagged SDR (most exports) is read as BT.709, as the layered renderer reads it; swscale would guess BT.601.
		video.transfer === 'sdr' && video.matrix === null
			? 'scale=in_color_matrix=bt709:out_color_matrix=bt709:out_range=tv'
			: 'scale=out_color_matrix=bt709:out_range=tv',
		'format=yuv420p',
	].join(',');
	const encode = [
		...['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '14', '-pix_fmt', 'yuv420p'],
		...['-colorspace', 'bt709', '-color_primaries', 'bt709', '-color_trc', 'bt709', '-color_range', 'tv'],
		...['-c:a', 'aac', '-b:a', '256k', '-ar', '48000', '-ac', '2'],
		...['-movflags', '+faststart', '-f', 'mp4'],
	];
	const recipe = `${filters} ${encode.join(' ')}`;
	return {
		args: ['-y', '-i', input, '-map', '0:v:0', '-map', '0:a:0?', '-vf', filters, ...encode, output],
		recipe,
	};
};
