import {mkdtemp, readFile, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseSsimStats} from './parse-ssim-stats';
import {probeMedia} from './probe-media';
import {runSystemFfmpeg} from './system-ffmpeg';

export type VideoComparison = {
	frames: number;
	ssimMean: number;
	ssimMin: number;
	/** Whether the decoded sound is the same sample for sample; null when neither has sound. */
	audioIdentical: boolean | null;
};

const hashSound = async (file: string, dir: string, name: string): Promise<string> => {
	const out = path.join(dir, `${name}.md5`);
	await runSystemFfmpeg(['-y', '-i', file, '-map', '0:a:0', '-f', 'md5', out]);
	return (await readFile(out, 'utf8')).trim();
};

/**
 * How alike two renders of the same asset are: SSIM (ffmpeg's `ssim` filter) on every frame,
 * mean and lowest, and whether their sound decodes to the same samples.
 */
export const compareVideos = async (a: string, b: string): Promise<VideoComparison> => {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'cites-compare-'));
	try {
		const stats = path.join(dir, 'ssim.log');
		// The stats file path is a filter option: ':' and '\' would need escaping; the temp path has neither.
		await runSystemFfmpeg(['-i', a, '-i', b, '-lavfi', `[0:v][1:v]ssim=stats_file=${stats}`, '-f', 'null', '-']);
		const ssim = parseSsimStats(await readFile(stats, 'utf8'));
		const [probeA, probeB] = await Promise.all([probeMedia(a), probeMedia(b)]);
		const soundA = probeA.audio !== null;
		const soundB = probeB.audio !== null;
		const audioIdentical =
			!soundA && !soundB ? null : soundA && soundB && (await hashSound(a, dir, 'a')) === (await hashSound(b, dir, 'b'));
		return {frames: ssim.frames, ssimMean: ssim.mean, ssimMin: ssim.min, audioIdentical};
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
};
