import {execFile} from 'node:child_process';
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {beforeAll, describe, expect, test} from 'vitest';
import {findSystemFfmpeg} from '../../src/media/system-ffmpeg';
import {SAMPLE_ASSETS} from '../helpers/make-campaign-dir';
import {runScript} from '../helpers/run-cli';

const dir = mkdtempSync(path.join(tmpdir(), 'cites-qc-'));
const footage = path.join(SAMPLE_ASSETS, 'footage', 'ep01.mp4');
/**
 * A file of `seconds` with the sample footage's sound (speech, for the loudness rules) under
 * a plain picture of `size` at 30 fps: a still colour encodes in a fraction of the time
 * real footage takes at 1080×1920, and QC reads only its size, rate and length.
 */
const make = (name: string, {seconds, size = '1080x1920', audio}: {seconds: number; size?: string; audio: string[]}) =>
	// Debian's ffmpeg: Remotion's has no lavfi sources.
	promisify(execFile)(findSystemFfmpeg(), [
		...['-v', 'error', '-y', '-f', 'lavfi', '-i', `color=c=0x3060a0:s=${size}:r=30:d=${seconds}`, '-i', footage],
		...['-map', '0:v', ...(audio.includes('-an') ? [] : ['-map', '1:a']), '-t', String(seconds)],
		...['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', ...audio],
		path.join(dir, name),
	]);
const STEREO = ['-c:a', 'aac', '-ar', '48000', '-ac', '2'];
const FILES = [
	{file: 'wrong-size-teaser.mp4', rules: ['frame size: 720×1280 (limit 1080×1920)']},
	{file: 'with-audio-header.mp4', rules: ['no audio: aac stream (limit no audio stream (plays muted))']},
	{file: 'too-long-header.mp4', rules: ['duration: 7.00 s (limit 3–5 s)']},
	{file: 'too-quiet-teaser.mp4', rules: ['loudness: -3']},
	{file: 'too-loud-teaser.mp4', rules: ['loudness: -', 'true peak: ']},
];
let validated: ReturnType<typeof runScript>;

/** Small bad files, checked in one run of the validate CLI. */
beforeAll(async () => {
	await Promise.all([
		make('wrong-size-teaser.mp4', {seconds: 6, size: '720x1280', audio: STEREO}),
		make('with-audio-header.mp4', {seconds: 4, audio: ['-c:a', 'aac']}),
		make('too-long-header.mp4', {seconds: 7, audio: ['-an']}),
		make('too-quiet-teaser.mp4', {seconds: 6, audio: ['-af', 'volume=-20dB', ...STEREO]}),
		make('too-loud-teaser.mp4', {seconds: 6, audio: ['-af', 'volume=14dB', ...STEREO]}),
	]);
	validated = runScript(
		'validate.ts',
		FILES.map(({file}) => path.join(dir, file)),
	);
}, 120_000);

describe('npm run validate on files we did not make', () => {
	test('one run over all the files exits 1', () => {
		expect(validated.stderr).toBe('');
		expect(validated.status).toBe(1);
	});

	test.each(FILES)('$file fails naming the rule', ({file, rules}) => {
		for (const rule of rules)
			expect(validated.stdout).toContain(`${file}: ${file.match(/header|teaser/)![0]}: ${rule}`);
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
