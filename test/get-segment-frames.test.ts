import {describe, expect, test} from 'vitest';
import {getSegmentFrames, getTotalFrames, snapSegmentsToFrames} from '../src/timeline/get-segment-frames';

describe('getSegmentFrames', () => {
	test.each([
		{
			segments: [{startMs: 0, endMs: 12000}],
			expected: [{fromFrame: 0, durationInFrames: 360, trimBefore: 0, trimAfter: 360}],
		},
		{
			segments: [
				{startMs: 2000, endMs: 6500},
				{startMs: 10_010, endMs: 14_980},
			],
			expected: [
				{fromFrame: 0, durationInFrames: 135, trimBefore: 60, trimAfter: 195},
				{fromFrame: 135, durationInFrames: 149, trimBefore: 300, trimAfter: 449},
			],
		},
	])('places $segments.length segment(s) back to back', ({segments, expected}) => {
		const frames = getSegmentFrames({segments, fps: 30});
		expect(frames).toEqual(expected);
		expect(getTotalFrames(frames)).toBe(expected.reduce((sum, s) => sum + s.durationInFrames, 0));
	});

	test('snapped segments fall on frame boundaries', () => {
		expect(snapSegmentsToFrames({segments: [{startMs: 10_010, endMs: 14_980}], fps: 30})).toEqual([
			{startMs: 10_000, endMs: 14_966.666666666666},
		]);
	});
});
