import {describe, expect, test} from 'vitest';
import {getClipVolume} from '../../src/audio/get-clip-volume';

describe('getClipVolume', () => {
	const curve = Array.from({length: 60}, (_, frame) =>
		getClipVolume({frame, durationInFrames: 60, volume: 1, fadeFrames: 4}),
	);

	test.each([
		{frame: 0, expected: 0.25},
		{frame: 1, expected: 0.5},
		{frame: 3, expected: 1},
		{frame: 30, expected: 1},
		{frame: 56, expected: 1},
		{frame: 57, expected: 0.75},
		{frame: 59, expected: 0.25},
	])('frame $frame → $expected', ({frame, expected}) => {
		expect(curve[frame]).toBeCloseTo(expected, 10);
	});

	test('fades in and out in steps of a quarter: no cut in the middle of a waveform', () => {
		const steps = curve.slice(1).map((v, i) => Math.abs(v - curve[i]!));
		expect(Math.max(...steps)).toBeLessThanOrEqual(0.25 + 1e-12);
	});
});
