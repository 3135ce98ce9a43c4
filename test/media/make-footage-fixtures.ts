import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {findSystemFfmpeg} from '../../src/media/system-ffmpeg';
import {SAMPLE_ASSETS} from '../helpers/make-campaign-dir';
import {addDolbyVisionBox} from './add-dolby-vision-box';

/** The sample footage cut to 2 s at 360×640: what every fixture starts from. */
const SOURCE = path.join(SAMPLE_ASSETS, 'footage', 'ep01.mp4');
const CUT = ['-ss', '2', '-t', '2', '-i', SOURCE];
const SMALL = 'scale=360:640,format=yuv420p';
const H264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac'];
/** SDR white to HLG or PQ reference white (BT.2408: 203 cd/m²), 10-bit BT.2020, as an iPhone records. */
const toHdr = (transfer: 'arib-std-b67' | 'smpte2084', before = SMALL) => [
	'-vf',
	`${before},zscale=tin=709:t=${transfer}:pin=709:p=2020:min=709:m=2020_ncl:rin=tv:r=tv:npl=203,format=yuv420p10le`,
	'-c:v',
	'libx265',
	'-x265-params',
	'log-level=error',
	'-tag:v',
	'hvc1',
	'-color_primaries',
	'bt2020',
	'-color_trc',
	transfer,
	'-colorspace',
	'bt2020nc',
	'-c:a',
	'aac',
];

const ffmpeg = (args: readonly string[]) => {
	const result = spawnSync(findSystemFfmpeg(), ['-v', 'error', '-y', ...args], {encoding: 'utf8'});
	if (result.status !== 0) throw new Error(`ffmpeg ${args.join(' ')}: ${result.stderr}`);
};

export type FootageFixtures = Record<
	'sdr' | 'hlgTurned' | 'dolbyVision' | 'pq' | 'fps60' | 'variable' | 'silent' | 'prores' | 'truncated',
	string
>;

/**
 * Small iPhone-like copies of a sample clip, made with ffmpeg at test time (nothing binary
 * is committed): SDR; HLG 10-bit HEVC stored landscape with a 90° display matrix, and the
 * same marked Dolby Vision 8.4; PQ;
 * 60 fps; 30 then 60 fps in one file; no sound; ProRes; the SDR one cut to 30 % of its bytes.
 */
export const makeFootageFixtures = (dir: string): FootageFixtures => {
	mkdirSync(dir, {recursive: true});
	const at = (name: string) => path.join(dir, name);
	ffmpeg([...CUT, '-vf', SMALL, ...H264, '-movflags', '+faststart', at('sdr.mp4')]);
	// Stored turned a quarter right, with the display matrix that turns it back: portrait on screen.
	ffmpeg([...CUT, ...toHdr('arib-std-b67', `${SMALL},transpose=1`), at('hlg-landscape.mov')]);
	ffmpeg(['-i', at('hlg-landscape.mov'), '-c', 'copy', '-metadata:s:v', 'rotate=90', at('hlg-turned.mov')]);
	addDolbyVisionBox(at('hlg-turned.mov'), at('dolby-vision.mov'));
	ffmpeg([...CUT, ...toHdr('smpte2084'), at('pq.mp4')]);
	ffmpeg([...CUT, '-vf', `${SMALL},fps=60`, ...H264, at('fps60.mp4')]);
	ffmpeg([
		'-ss',
		'2',
		'-t',
		'1',
		'-i',
		SOURCE,
		'-vf',
		`${SMALL},fps=30`,
		...H264,
		'-video_track_timescale',
		'600',
		at('part30.mp4'),
	]);
	ffmpeg([
		'-ss',
		'3',
		'-t',
		'1',
		'-i',
		SOURCE,
		'-vf',
		`${SMALL},fps=60`,
		...H264,
		'-video_track_timescale',
		'600',
		at('part60.mp4'),
	]);
	writeFileSync(at('parts.txt'), "file 'part30.mp4'\nfile 'part60.mp4'\n");
	ffmpeg(['-f', 'concat', '-safe', '0', '-i', at('parts.txt'), '-c', 'copy', at('variable.mp4')]);
	ffmpeg([...CUT, '-vf', SMALL, '-an', '-c:v', 'libx264', '-preset', 'ultrafast', at('silent.mp4')]);
	ffmpeg([...CUT, '-vf', SMALL, '-c:v', 'prores_ks', '-profile:v', '0', '-c:a', 'pcm_s16le', at('prores.mov')]);
	const whole = readFileSync(at('sdr.mp4'));
	writeFileSync(at('truncated.mp4'), whole.subarray(0, Math.floor(whole.length * 0.3)));
	return {
		sdr: at('sdr.mp4'),
		hlgTurned: at('hlg-turned.mov'),
		dolbyVision: at('dolby-vision.mov'),
		pq: at('pq.mp4'),
		fps60: at('fps60.mp4'),
		variable: at('variable.mp4'),
		silent: at('silent.mp4'),
		prores: at('prores.mov'),
		truncated: at('truncated.mp4'),
	};
};
