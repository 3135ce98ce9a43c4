import {estimatePrice} from '@remotion/lambda-client';
import {describe, expect, test} from 'vitest';
import {estimateJobPrice, estimateLambdaUsage} from '../../../src/backends/lambda/estimate-job-price';

const job = (durationInFrames: number, cover: boolean) => ({
	durationInFrames,
	settings: {cover: cover ? {frame: durationInFrames - 1, jpegQuality: 85} : null} as never,
});

describe('estimateJobPrice', () => {
	test.each([
		// frames, cover → Lambdas (renderers + orchestrator + still), billed seconds
		[120, true, 2 + 1 + 1, 2 * 4 + 120 / 6 + (4 + 60 / 6 + 3) + (4 + 1 / 6)],
		[900, false, 15 + 1, 15 * 4 + 900 / 6 + (4 + 60 / 6 + 3)],
		[1800, false, 30 + 1, 30 * 4 + 1800 / 6 + (4 + 60 / 6 + 3)],
	])('%i frames (cover %s): %i Lambdas, the stated assumptions', (frames, cover, lambdas, seconds) => {
		expect(estimateLambdaUsage(job(frames, cover))).toEqual({
			lambdasInvoked: lambdas,
			durationInMilliseconds: Math.round(seconds * 1000),
		});
	});

	test("is Remotion's estimatePrice for the deployed function (2048 MB, 2048 MB disk)", () => {
		const usage = estimateLambdaUsage(job(1800, false));
		expect(estimateJobPrice({job: job(1800, false), region: 'eu-west-1'})).toBe(
			estimatePrice({region: 'eu-west-1', memorySizeInMb: 2048, diskSizeInMb: 2048, ...usage}),
		);
	});

	test('a minute of video costs about a cent, more than a header, and a cover adds to it', () => {
		const minute = estimateJobPrice({job: job(1800, false), region: 'us-east-1'});
		expect(minute).toBeGreaterThan(0.005);
		expect(minute).toBeLessThan(0.05);
		const header = estimateJobPrice({job: job(120, false), region: 'us-east-1'});
		expect(header).toBeGreaterThan(0);
		expect(header).toBeLessThan(minute);
		expect(estimateJobPrice({job: job(120, true), region: 'us-east-1'})).toBeGreaterThan(header);
	});

	test('depends on the region', () => {
		expect(estimateJobPrice({job: job(1800, false), region: 'af-south-1'})).toBeGreaterThan(
			estimateJobPrice({job: job(1800, false), region: 'us-east-1'}),
		);
	});
});
