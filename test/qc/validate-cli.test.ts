import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {runFfmpeg} from '../../src/media/run-ffmpeg';
import {SAMPLE_ASSETS} from '../helpers/make-campaign-dir';
import {runScript} from '../helpers/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'cites-qc-'));
const footage = path.join(SAMPLE_ASSETS, 'footage', 'ep01.mp4');
const make = (name: string, args: string[]) =>
	runFfmpeg(['-v', 'error', '-y', '-i', footage, ...args, path.join(dir, name)]);

/** Small bad files made from the sample footage with Remotion's own ffmpeg. */
beforeAll(async () => {
	const video = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'];
	await Promise.all([
		make('wrong-size-teaser.mp4', ['-t', '6', ...video, '-c:a', 'aac', '-ar', '48000', '-ac', '2']),
		make('with-audio-header.mp4', ['-t', '4', '-vf', 'scale=1080:1920', ...video, '-c:a', 'aac']),
		make('too-long-header.mp4', ['-t', '7', '-an', '-vf', 'scale=1080:1920', ...video]),
		make('too-quiet-teaser.mp4', [
			'-t',
			'6',
			'-vf',
			'scale=1080:1920',
			...video,
			'-af',
			'volume=-20dB',
			'-c:a',
			'aac',
			'-ar',
			'48000',
			'-ac',
			'2',
		]),
		make('too-loud-teaser.mp4', [
			'-t',
			'6',
			'-vf',
			'scale=1080:1920',
			...video,
			'-af',
			'volume=14dB',
			'-c:a',
			'aac',
			'-ar',
			'48000',
			'-ac',
			'2',
		]),
	]);
}, 120_000);

describe('npm run validate on files we did not make', () => {
	test.each([
		{file: 'wrong-size-teaser.mp4', rules: ['frame size: 720×1280 (limit 1080×1920)']},
		{file: 'with-audio-header.mp4', rules: ['no audio: aac stream (limit no audio stream (plays muted))']},
		{file: 'too-long-header.mp4', rules: ['duration: 7.00 s (limit 3–5 s)']},
		{file: 'too-quiet-teaser.mp4', rules: ['loudness: -3']},
		{file: 'too-loud-teaser.mp4', rules: ['loudness: -', 'true peak: ']},
	])('$file fails naming the rule', ({file, rules}) => {
		const result = runScript('validate.ts', [path.join(dir, file)]);
		expect(result.status).toBe(1);
		for (const rule of rules) expect(result.stdout).toContain(`${file}: ${file.match(/header|teaser/)![0]}: ${rule}`);
	});

	test('bad arguments and unreadable files exit 2', () => {
		expect(runScript('validate.ts', []).status).toBe(2);
		expect(runScript('validate.ts', ['--kind', 'poster', path.join(dir, 'too-long-header.mp4')]).status).toBe(2);
		const unreadable = runScript('validate.ts', [
			'--kind',
			'teaser',
			path.join(SAMPLE_ASSETS, 'subtitles', 'ep01.srt'),
		]);
		expect(unreadable.status).toBe(2);
		expect(unreadable.stderr).toContain('cannot be read as a video');
	});
});
