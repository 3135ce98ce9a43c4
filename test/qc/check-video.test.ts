import {describe, expect, test} from 'vitest';
import {checkCover} from '../../src/qc/check-cover';
import {checkLoudness, checkStart} from '../../src/qc/check-levels';
import {checkVideo} from '../../src/qc/check-video';
import type {MediaProbe} from '../../src/media/media-probe';
import {KINDS} from '../../src/kinds/registry';

const DELIVERY_SPECS = {header: KINDS.header.delivery, teaser: KINDS.teaser.delivery, trailer: KINDS.trailer.delivery};

const goodTeaser: MediaProbe = {
	file: 'ep01-teaser.mp4',
	sizeBytes: 4_000_000,
	durationSeconds: 12,
	formatName: 'mov,mp4,m4a,3gp,3g2,mj2',
	moovBeforeMdat: true,
	video: {
		width: 1080,
		height: 1920,
		fps: 30,
		codec: 'h264',
		pixelFormat: 'yuv420p',
		colorSpace: 'bt709',
		colorTransfer: 'bt709',
		colorPrimaries: 'bt709',
		colorRange: 'tv',
		bitrateKbps: 2600,
		durationSeconds: 11.97,
	},
	audio: {codec: 'aac', profile: 'LC', sampleRate: 48000, channels: 2, bitrateKbps: 192, durationSeconds: 11.97},
};

const failed = (probe: MediaProbe, kind: keyof typeof DELIVERY_SPECS = 'teaser') =>
	checkVideo(probe, DELIVERY_SPECS[kind])
		.filter((c) => !c.passed)
		.map((c) => `${c.rule}: ${c.measured} (limit ${c.limit})`);

describe('checkVideo: each rule passes on a good file and fails on a bad one', () => {
	test('a good teaser passes every rule', () => {
		expect(failed(goodTeaser)).toEqual([]);
	});

	test.each([
		{
			what: 'wrong size',
			change: {video: {...goodTeaser.video!, width: 720, height: 1280}},
			expected: ['frame size: 720×1280 (limit 1080×1920)'],
		},
		{what: '25 fps', change: {video: {...goodTeaser.video!, fps: 25}}, expected: ['frame rate: 25 fps (limit 30 fps)']},
		{
			what: 'HEVC',
			change: {video: {...goodTeaser.video!, codec: 'hevc'}},
			expected: ['video codec: hevc (limit h264)'],
		},
		{
			what: 'full range',
			change: {video: {...goodTeaser.video!, pixelFormat: 'yuvj420p', colorRange: 'pc'}},
			expected: [
				'pixel format: yuvj420p (limit yuv420p)',
				'colour tags: bt709/bt709/bt709, pc range (limit bt709/bt709/bt709, tv range)',
			],
		},
		{
			what: 'moov at the end',
			change: {moovBeforeMdat: false},
			expected: ['faststart: moov after mdat (limit moov before mdat)'],
		},
		{
			what: 'too long',
			change: {durationSeconds: 61, video: {...goodTeaser.video!, durationSeconds: 61}},
			expected: ['duration: 61.00 s (limit 5–60 s)'],
		},
		{what: 'too short', change: {durationSeconds: 4}, expected: ['duration: 4.00 s (limit 5–60 s)']},
		{what: 'too big', change: {sizeBytes: 501_000_000}, expected: ['file size: 501.00 MB (limit ≤ 500.00 MB)']},
		{
			what: 'starved bitrate',
			change: {video: {...goodTeaser.video!, bitrateKbps: 400}},
			expected: ['video bitrate: 400 kbps (limit ≥ 516 kbps)'],
		},
		{
			what: 'pictures that stop halfway through the sound',
			change: {video: {...goodTeaser.video!, durationSeconds: 5.8}},
			expected: ['pictures to the end: 5.80 s of pictures in 12.00 s (limit pictures for the whole 12.00 s)'],
		},
		{what: 'no audio', change: {audio: null}, expected: ['audio stream: none (limit AAC-LC 48 kHz stereo)']},
		{
			what: 'mono 44.1 kHz MP3',
			change: {
				audio: {codec: 'mp3', profile: null, sampleRate: 44100, channels: 1, bitrateKbps: 128, durationSeconds: 11.97},
			},
			expected: [
				'audio codec: mp3 (limit AAC-LC)',
				'audio sample rate: 44100 Hz (limit 48000 Hz)',
				'audio channels: 1 (limit 2 (stereo))',
			],
		},
	])('teaser, $what', ({change, expected}) => {
		expect(failed({...goodTeaser, ...change})).toEqual(expected);
	});

	test('a header must have no audio stream, last 3–5 s and weigh ≤ 5 MB', () => {
		expect(failed({...goodTeaser, durationSeconds: 6, sizeBytes: 6_000_000}, 'header')).toEqual([
			'duration: 6.00 s (limit 3–5 s)',
			'file size: 6.00 MB (limit ≤ 5.00 MB)',
			'no audio: aac stream (limit no audio stream (plays muted))',
		]);
	});

	test('a trailer needs the TopView bitrate', () => {
		expect(failed({...goodTeaser, video: {...goodTeaser.video!, bitrateKbps: 2000}}, 'trailer')).toEqual([
			'video bitrate: 2000 kbps (limit ≥ 2500 kbps)',
		]);
	});
});

describe('levels and cover', () => {
	test.each([
		{integratedLufs: -14, truePeakDbtp: -1.5, expected: []},
		{integratedLufs: -15, truePeakDbtp: -1, expected: []},
		{integratedLufs: -23.4, truePeakDbtp: -8, expected: ['loudness']},
		{integratedLufs: -9, truePeakDbtp: 0.4, expected: ['loudness', 'true peak']},
	])('$integratedLufs LUFS, $truePeakDbtp dBTP', ({expected, ...measure}) => {
		const checks = checkLoudness({...measure, lra: 3, thresholdLufs: -24});
		expect(checks.filter((c) => !c.passed).map((c) => c.rule)).toEqual(expected);
	});

	test('a black or silent start fails', () => {
		const checks = checkStart({meanLuma: 16, audioRmsDbfs: -Infinity}, DELIVERY_SPECS.teaser);
		expect(checks.filter((c) => !c.passed).map((c) => `${c.rule}: ${c.measured}`)).toEqual([
			'start not black: mean luma 16 over 0.5 s',
			'start not silent: -∞ dBFS RMS over 0.5 s',
		]);
		expect(checkStart({meanLuma: 90, audioRmsDbfs: null}, DELIVERY_SPECS.header).every((c) => c.passed)).toBe(true);
	});

	test('a cover must be a 1080×1920 JPEG of at most 500 KB', () => {
		const checks = checkCover({file: 'x.jpg', sizeBytes: 612_000, width: 1080, height: 1350, codec: 'png'}, 500_000);
		expect(checks.filter((c) => !c.passed).map((c) => `${c.rule}: ${c.measured}`)).toEqual([
			'cover format: png',
			'cover size: 1080×1350',
			'cover file size: 612 KB',
		]);
	});
});
