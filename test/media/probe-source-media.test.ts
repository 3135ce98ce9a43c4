import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, test} from 'vitest';
import {describeFootage, getFootageTreatment} from '../../src/media/get-footage-treatment';
import {probeSourceMedia} from '../../src/media/probe-source-media';
import {FRAME} from '../../src/specs/frame';
import {type FootageFixtures, makeFootageFixtures} from './make-footage-fixtures';

let fixtures: FootageFixtures;
beforeAll(() => {
	fixtures = makeFootageFixtures(mkdtempSync(path.join(tmpdir(), 'cites-footage-')));
}, 60_000);

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
