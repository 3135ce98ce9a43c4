import type {AwsRegion} from '@remotion/lambda-client/regions';
import type {LambdaApi} from './lambda-api';
import type {Sleep} from './sleep';
import {withRateLimitRetry} from './with-rate-limit-retry';

/** Remotion's own examples poll once a second; each poll is one small read. */
export const POLL_INTERVAL_MS = 1000;

/**
 * Follows a Lambda render until its output is in the bucket, reporting frames as they
 * come; throws with the first error's message when Remotion reports a fatal one.
 */
export const pollRenderProgress = async ({
	api,
	region,
	functionName,
	bucketName,
	renderId,
	totalFrames,
	onProgress,
	sleep,
	signal,
	intervalMs = POLL_INTERVAL_MS,
}: {
	api: LambdaApi;
	region: AwsRegion;
	functionName: string;
	bucketName: string;
	renderId: string;
	totalFrames: number;
	onProgress: (renderedFrames: number, totalFrames: number) => void;
	sleep: Sleep;
	signal: AbortSignal;
	intervalMs?: number;
}): Promise<{bucketName: string; key: string}> => {
	for (;;) {
		signal.throwIfAborted();
		const progress = await withRateLimitRetry(
			() => api.getRenderProgress({region, functionName, bucketName, renderId}),
			{sleep, signal},
		);
		if (progress.fatalErrorEncountered) {
			throw new Error(
				`Lambda render ${renderId} failed: ${progress.errors[0]?.message ?? 'no error message (see its CloudWatch logs)'}`,
			);
		}
		onProgress(Math.min(progress.framesRendered, totalFrames), totalFrames);
		if (progress.done) {
			if (!progress.outBucket || !progress.outKey) {
				throw new Error(`Lambda render ${renderId} is done but names no output file`);
			}
			return {bucketName: progress.outBucket, key: progress.outKey};
		}
		await sleep(intervalMs, signal);
	}
};
