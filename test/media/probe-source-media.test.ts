import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {hashFile} from '../../src/files/hash';
import {describeFootage, getFootageTreatment} from '../../src/media/get-footage-treatment';
import {makeFootageProxy} from '../../src/media/make-footage-proxy';
import {probeSourceMedia} from '../../src/media/probe-source-media';
import {findSystemFfmpeg} from '../../src/media/system-ffmpeg';
import {FRAME} from '../../src/specs/frame';
import {type FootageFixtures, makeFootageFixtures} from './make-footage-fixtures';

let fixtures: FootageFixtures;
let dir: string;
beforeAll(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'cites-footage-'));
	fixtures = makeFootageFixtures(dir);
}, 60_000);

const ffmpegOutput = (args: readonly string[]) =>
	spawnSync(findSystemFfmpeg(), ['-hide_banner', ...args, '-f', 'null', '-'], {encoding: 'utf8'}).stderr;

/** Mean luma (0–255) over every frame. */
const meanLuma = (file: string) => {
	const values = [
		...ffmpegOutput([
			'-i',
			file,
			'-vf',
			'format=yuv420p,signalstats,metadata=print:key=lavfi.signalstats.YAVG',
		]).matchAll(/YAVG=([\d.]+)/g),
	].map((m) => Number(m[1]));
	return values.reduce((a, b) => a + b, 0) / values.length;
};

const describeFixture = async (name: keyof FootageFixtures) => {
	const probe = await probeSourceMedia(fixtures[name]);
	return describeFootage(probe, probe.video ? getFootageTreatment(probe.video, FRAME) : null);
};

describe('what npm run check says of each kind of iPhone footage', () => {
	test.each<[keyof FootageFixtures, string]>([
		['sdr', 'h264 360×640, 30 fps constant, SDR 8-bit, 2.0 s, sound aac → used as it is'],
		[
			'hlgTurned',
			'hevc 640×360 shown 360×640 (turned 90°), 30 fps constant, HLG HDR 10-bit, 2.0 s, sound aac → ' +
				'proxy (HLG HDR is tone-mapped to SDR BT.709; hevc is not decoded by Chrome)',
		],
		[
			'dolbyVision',
			'hevc 640×360 shown 360×640 (turned 90°), 30 fps constant, HLG HDR 10-bit + Dolby Vision metadata, 2.0 s, sound aac → ' +
				'proxy (HLG HDR is tone-mapped to SDR BT.709; hevc is not decoded by Chrome)',
		],
		[
			'pq',
			'hevc 360×640, 30 fps constant, PQ HDR 10-bit, 2.0 s, sound aac → ' +
				'proxy (PQ HDR is tone-mapped to SDR BT.709; hevc is not decoded by Chrome)',
		],
		['fps60', 'h264 360×640, 60 fps constant, SDR 8-bit, 2.0 s, sound aac → used as it is'],
		[
			'variable',
			'h264 360×640, variable frame rate (mostly 60 fps, conformed to 30), SDR 8-bit, 2.0 s, sound aac → used as it is',
		],
		['silent', 'h264 360×640, 30 fps constant, SDR 8-bit, 2.0 s, no sound → used as it is'],
		[
			'prores',
			'prores 360×640, 30 fps constant, SDR 10-bit, 2.0 s, sound pcm_s16le → proxy (prores is not decoded by Chrome)',
		],
	])('%s', async (name, expected) => {
		expect(await describeFixture(name)).toBe(expected);
	});

	test('a file cut to 30 % of its bytes is found damaged, though its header reads fine', async () => {
		const probe = await probeSourceMedia(fixtures.truncated);
		expect(probe.video?.codec).toBe('h264');
		expect(probe.damage).toMatch(/partial file|Invalid NAL|missing picture/);
		const whole = await probeSourceMedia(fixtures.sdr);
		expect(whole.damage).toBeNull();
	});

	test('a text file is no media, whatever its extension', async () => {
		const probe = await probeSourceMedia(
			path.join(import.meta.dirname, '..', '..', 'assets', 'fonts', 'OFL-anton.txt'),
		);
		expect(probe).toMatchObject({video: null, audio: null});
		expect(probe.damage).toMatch(/Invalid data/);
	});

	test('4K footage goes through a proxy made once at frame size', () => {
		const video = {
			codec: 'h264',
			width: 2160,
			height: 3840,
			rotation: 0,
			displayWidth: 2160,
			displayHeight: 3840,
			fps: 60,
			variableFrameRate: false,
			pixelFormat: 'yuv420p',
			bitDepth: 8,
			transfer: 'sdr' as const,
			primaries: 'bt709',
			matrix: 'bt709',
			dolbyVision: false,
		};
		expect(getFootageTreatment(video, FRAME)).toEqual({
			proxy: true,
			reasons: ['2160×3840 is decoded once at frame size'],
		});
		expect(
			getFootageTreatment({...video, width: 1080, height: 1920, displayWidth: 1080, displayHeight: 1920}, FRAME),
		).toEqual({
			proxy: false,
			reasons: [],
		});
	});
});

describe('a proxy normalises footage Chrome cannot show right', () => {
	test.each<[keyof FootageFixtures]>([['hlgTurned'], ['dolbyVision'], ['pq'], ['prores']])(
		'%s comes out upright, SDR BT.709 H.264, as bright as its SDR original',
		async (name) => {
			const probe = await probeSourceMedia(fixtures[name]);
			if (!probe.video) throw new Error('no video');
			const source = path.basename(fixtures[name]);
			const proxy = await makeFootageProxy({
				assetsDir: dir,
				source,
				sourceSha256: hashFile(fixtures[name]),
				video: probe.video,
			});
			const made = await probeSourceMedia(path.join(dir, proxy));
			expect(made.video).toMatchObject({
				codec: 'h264',
				width: 360,
				height: 640,
				rotation: 0,
				bitDepth: 8,
				transfer: 'sdr',
				primaries: 'bt709',
				fps: 30,
			});
			expect(made.audio?.codec).toBe('aac');
			expect(made.durationSeconds).toBeCloseTo(2, 1);
			// Reference white to SDR white (BT.2408): the copy looks like the original, not dim.
			expect(meanLuma(path.join(dir, proxy)) / meanLuma(fixtures.sdr)).toBeGreaterThan(0.97);
			expect(meanLuma(path.join(dir, proxy)) / meanLuma(fixtures.sdr)).toBeLessThan(1.03);
			const ssim = /All:([\d.]+)/.exec(
				ffmpegOutput(['-i', path.join(dir, proxy), '-i', fixtures.sdr, '-lavfi', 'ssim']),
			)?.[1];
			// Upright: a picture turned the wrong way scores far lower.
			expect(Number(ssim)).toBeGreaterThan(0.9);
		},
		30_000,
	);

	test('is made once: a second call finds it by content hash and recipe', async () => {
		const probe = await probeSourceMedia(fixtures.pq);
		if (!probe.video) throw new Error('no video');
		const args = {assetsDir: dir, source: 'pq.mp4', sourceSha256: hashFile(fixtures.pq), video: probe.video};
		const first = await makeFootageProxy(args);
		const made = statSync(path.join(dir, first)).mtimeMs;
		expect(first).toMatch(/^\.proxies\/[0-9a-f]{16}-[0-9a-f]{8}\.mp4$/);
		expect(await makeFootageProxy(args)).toBe(first);
		expect(statSync(path.join(dir, first)).mtimeMs).toBe(made);
		expect(readdirSync(path.join(dir, '.proxies')).filter((f) => f.endsWith('.partial'))).toEqual([]);
	}, 30_000);
});
