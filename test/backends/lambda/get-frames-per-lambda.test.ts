import {describe, expect, test} from 'vitest';
import {
	countRendererLambdas,
	getFramesPerLambda,
	MAX_LAMBDAS_PER_RENDER,
	MIN_FRAMES_PER_LAMBDA,
} from '../../../src/backends/lambda/get-frames-per-lambda';

describe('getFramesPerLambda', () => {
	test.each([
		// [frames, framesPerLambda, lambdas]
		[1, 1, 1],
		[4, 4, 1],
		[5, 5, 1],
		[60, 60, 1],
		[61, 31, 2], // spread evenly, not 60 + 1
		[120, 60, 2], // a 4 s header
		[359, 60, 6], // a 12 s teaser
		[900, 60, 15], // a 30 s teaser
		[1800, 60, 30], // a minute
		[12_000, 60, 200], // 6 min 40 s: the last length at 60 frames a Lambda
		[12_001, 61, 197], // beyond, the chunks grow instead of the Lambdas
		[108_000, 540, 200], // an hour
	])('%i frames → %i frames per Lambda, %i Lambdas', (frames, perLambda, lambdas) => {
		expect(getFramesPerLambda(frames)).toBe(perLambda);
		expect(countRendererLambdas(frames)).toBe(lambdas);
	});

	test("stays within Remotion's limits for every length up to an hour", () => {
		const outside: number[] = [];
		for (let frames = 1; frames <= 108_000; frames++) {
			const perLambda = getFramesPerLambda(frames);
			const tooSmall = perLambda < Math.min(MIN_FRAMES_PER_LAMBDA, frames);
			if (tooSmall || Math.ceil(frames / perLambda) > MAX_LAMBDAS_PER_RENDER) outside.push(frames);
		}
		expect(outside).toEqual([]);
	});

	test.each([0, -3, 2.5, Number.NaN])('refuses %s frames', (frames) => {
		expect(() => getFramesPerLambda(frames)).toThrow(/durationInFrames must be a whole number ≥ 1/);
	});
});
