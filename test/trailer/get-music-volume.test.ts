import {describe, expect, test} from 'vitest';
import {dbToGain, getMusicVolume} from '../../src/audio/get-music-volume';

const base = 0.6;
const ducked = base * dbToGain(-14);
const fadeFrames = 9;
const durationInFrames = 600;
const clips = [
	{startFrame: 100, endFrame: 250},
	{startFrame: 320, endFrame: 400},
	// A montage: the next clip starts while this one ends (a transition), the music stays down.
	{startFrame: 392, endFrame: 480},
];
const curve = Array.from({length: durationInFrames}, (_, frame) =>
	getMusicVolume({frame, clips, base, ducked, fadeFrames, durationInFrames}),
);
const frames = (from: number, to: number) => Array.from({length: to - from}, (_, i) => from + i);

describe('getMusicVolume', () => {
	test('ducked by 14 dB is about a fifth of the base gain', () => {
		expect(ducked / base).toBeCloseTo(0.2, 2);
	});

	test.each(clips)(
		'is at the ducked level on every frame of the clip $startFrame–$endFrame',
		({startFrame, endFrame}) => {
			for (const frame of frames(startFrame, endFrame)) expect(curve[frame]).toBeCloseTo(ducked, 10);
		},
	);

	test('is back at the base level between clips and over the cards', () => {
		for (const frame of [...frames(3, 100 - fadeFrames), ...frames(250 + fadeFrames, 320 - fadeFrames)]) {
			expect(curve[frame]).toBeCloseTo(base, 10);
		}
		for (const frame of frames(480 + fadeFrames, durationInFrames - 31)) expect(curve[frame]).toBeCloseTo(base, 10);
	});

	test('is already down when a clip starts and still down when it ends (ramps sit outside the clips)', () => {
		expect(curve[100 - fadeFrames]).toBeCloseTo(base, 10);
		expect(curve[100]).toBeCloseTo(ducked, 10);
		expect(curve[249]).toBeCloseTo(ducked, 10);
		expect(curve[249 + fadeFrames]).toBeCloseTo(base, 10);
	});

	test('never jumps by more than one fade step (no click)', () => {
		const steps = curve.map((v, frame) => Math.abs(v - (curve[frame - 1] ?? 0)));
		// Under and between the clips: a step of the ducking ramp at most.
		const body = steps.slice(3, durationInFrames - 30);
		expect(Math.max(...body)).toBeCloseTo((base - ducked) / fadeFrames, 10);
		// The trailer's own fade-in (3 frames) and fade-out (30 frames).
		expect(Math.max(...steps.slice(0, 3))).toBeLessThanOrEqual(base / 3 + 1e-12);
		expect(Math.max(...steps.slice(durationInFrames - 30))).toBeLessThanOrEqual(base / 30 + 1e-12);
	});

	test('starts audible (the first half second is not silent) and ends at silence', () => {
		expect(curve[0]).toBeGreaterThan(0);
		expect(curve[15]).toBeCloseTo(base, 10);
		expect(curve[durationInFrames - 1]).toBe(0);
	});

	test('without clips it is the base level', () => {
		expect(getMusicVolume({frame: 200, clips: [], base, ducked, fadeFrames, durationInFrames})).toBe(base);
	});
});
