import {expect, test, vi} from 'vitest';

vi.mock('@remotion/lambda-client', () => ({
	getAwsClient: vi.fn(),
	presignUrl: vi.fn(),
	cancelRenderOnLambda: vi.fn(),
	getFunctions: vi.fn(async () => [
		{
			functionName: 'remotion-render-4-0-527-mem2048mb-disk2048mb-240sec',
			version: '4.0.527',
			memorySizeInMb: 2048,
			diskSizeInMb: 2048,
			timeoutInSeconds: 240,
		},
	]),
	getRenderProgress: vi.fn(async () => ({done: false})),
	getSites: vi.fn(async () => ({sites: [], buckets: []})),
	renderMediaOnLambda: vi.fn(async () => ({renderId: 'r1', bucketName: 'b'})),
	renderStillOnLambda: vi.fn(),
}));

const remotion = await import('@remotion/lambda-client');
const {createRemotionLambdaApi} = await import('../../../src/backends/lambda/create-remotion-lambda-api');

test('lists only functions of this Remotion version', async () => {
	const functions = await createRemotionLambdaApi().getCompatibleFunctions({region: 'us-east-1'});
	expect(remotion.getFunctions).toHaveBeenCalledWith(
		expect.objectContaining({region: 'us-east-1', compatibleOnly: true}),
	);
	expect(functions).toEqual([
		{
			functionName: 'remotion-render-4-0-527-mem2048mb-disk2048mb-240sec',
			memorySizeInMb: 2048,
			diskSizeInMb: 2048,
			timeoutInSeconds: 240,
		},
	]);
});

test('polls progress from S3 rather than by invoking the function (no Lambda concurrency used)', async () => {
	await createRemotionLambdaApi().getRenderProgress({
		region: 'us-east-1',
		functionName: 'f',
		bucketName: 'b',
		renderId: 'r1',
	});
	expect(remotion.getRenderProgress).toHaveBeenCalledWith(
		expect.objectContaining({functionName: 'f', bucketName: 'b', renderId: 'r1', skipLambdaInvocation: true}),
	);
});
