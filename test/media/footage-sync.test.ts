import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {findSystemFfmpeg} from '../../src/media/system-ffmpeg';
import {FRAME} from '../../src/specs/frame';
import {makeCampaignDir} from '../helpers/make-campaign-dir';
import {runRender} from '../helpers/run-render';

const ffmpeg = (args: readonly string[]) => {
	const result = spawnSync(findSystemFfmpeg(), ['-hide_banner', ...args], {encoding: 'utf8'});
	if (result.status !== 0) throw new Error(result.stderr);
	return result.stderr;
};

/** Where the flash and the beep are in the source: near the end of a minute of footage. */
const EVENT_SECONDS = 59;
// Six seconds, the shortest teaser is five: two renders stay cheap.
const CUT = {startMs: 54_000, endMs: 60_000};

/**
 * A minute of phone-like footage at a variable rate (30 fps one second, 60 the next), stored
 * on its side with a display matrix to show it upright, as iPhones store portrait video:
 * dark with its left half white (to see which way up it comes out), all white for a flash
 * at 59 s, with a beep at the same instant over room noise.
 */
const makeTurnedVariableRateMinute = (file: string) => {
	const stored = `${file}.stored.mp4`;
	ffmpeg([
		...['-v', 'error', '-y'],
		...['-f', 'lavfi', '-i', 'color=c=0x202040:s=180x320:r=60:d=60'],
		...['-f', 'lavfi', '-i', 'sine=f=1000:r=48000:d=60'],
		...['-f', 'lavfi', '-i', 'anoisesrc=color=pink:amplitude=0.03:r=48000:d=60'],
		'-filter_complex',
		`[0:v]drawbox=c=white:t=fill:w=iw/2,drawbox=c=white:t=fill:enable='between(t,${EVENT_SECONDS},${EVENT_SECONDS}+0.199)',` +
			`select='lt(mod(t\\,2)\\,1)*not(mod(n\\,2))+gte(mod(t\\,2)\\,1)',transpose=1,format=yuv420p[v];` +
			// Room noise all along (a teaser never starts silent), the beep over it at 59 s.
			`[1:a]volume=4,volume=enable='not(between(t,${EVENT_SECONDS},${EVENT_SECONDS}+0.2))':volume=0[beep];` +
			`[2:a][beep]amix=inputs=2:normalize=0[a]`,
		...['-map', '[v]', '-map', '[a]', '-fps_mode', 'vfr', '-video_track_timescale', '600'],
		...['-c:v', 'libx264', '-preset', 'ultrafast', '-c:a', 'aac', '-ac', '2', stored],
	]);
	ffmpeg(['-v', 'error', '-y', '-i', stored, '-c', 'copy', '-metadata:s:v', 'rotate=90', file]);
};

/** Mean luma of the leftmost and rightmost eighths of a frame, at mid height (clear of titles and captions). */
const sideLumas = (video: string, frame: number) => {
	const side = (x: string) =>
		Number(
			/YAVG=([\d.]+)/.exec(
				ffmpeg([
					...['-i', video, '-vf'],
					`select=eq(n\\,${frame}),crop=iw/8:ih/10:${x}:ih*0.45,signalstats,metadata=print:key=lavfi.signalstats.YAVG`,
					...['-f', 'null', '-'],
				]),
			)?.[1],
		);
	return {left: side('0'), right: side('iw*7/8')};
};

/** Index of the first frame much brighter than the one before it. */
const firstFlashFrame = (video: string): number => {
	const lumas = [
		...ffmpeg([
			'-i',
			video,
			'-vf',
			'signalstats,metadata=print:key=lavfi.signalstats.YAVG',
			'-f',
			'null',
			'-',
		]).matchAll(/YAVG=([\d.]+)/g),
	].map((m) => Number(m[1]));
	return lumas.findIndex((luma, i) => i > 0 && luma - (lumas[i - 1] ?? luma) > 30);
};

/** Seconds at which the beep starts: its band rises out of the noise. */
const firstBeep = (video: string): number =>
	Number(
		/silence_end: ([\d.]+)/.exec(
			ffmpeg(['-i', video, '-af', 'bandpass=f=1000:w=100,silencedetect=n=-30dB:d=0.05', '-f', 'null', '-']),
		)?.[1],
	);

const rendered = {layered: '', reference: ''};
beforeAll(async () => {
	const campaign = makeCampaignDir({
		withMedia: true,
		edit: (c) => {
			c.episodes[0]!.teaser.segments = [CUT];
			return c;
		},
	});
	makeTurnedVariableRateMinute(path.join(campaign.dir, 'footage', 'ep01.mp4'));
	for (const renderer of ['layered', 'reference'] as const) {
		const out = path.join(campaign.dir, renderer);
		const args = ['--campaign', campaign.file, '--out', out, '--only', 'ep01-teaser', '--scale', '0.25'];
		// The render CLI in this process: both renders share one bundle (test/helpers/reuse-bundle.ts).
		const result = await runRender([...args, '--renderer', renderer]);
		expect(result.status, result.stderr + result.stdout).toBe(0);
		rendered[renderer] = path.join(out, 'ep01-teaser.mp4');
	}
}, 300_000);

describe.each(['layered', 'reference'] as const)('footage of an iPhone, through the %s renderer', (renderer) => {
	test('stored on its side, it comes out upright', () => {
		const {left, right} = sideLumas(rendered[renderer], 30);
		expect(left - right).toBeGreaterThan(100);
	});

	test('at a variable rate, the flash of second 59 lands on its frame, and the beep with it (≤ 1 frame apart)', () => {
		const expectedFrame = (EVENT_SECONDS - CUT.startMs / 1000) * FRAME.fps;
		const flash = firstFlashFrame(rendered[renderer]);
		expect(Math.abs(flash - expectedFrame)).toBeLessThanOrEqual(1);
		expect(Math.abs(firstBeep(rendered[renderer]) - flash / FRAME.fps)).toBeLessThanOrEqual(1 / FRAME.fps);
	});
});
