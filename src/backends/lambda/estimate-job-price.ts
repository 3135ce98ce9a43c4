import {type AwsRegion, estimatePrice} from '@remotion/lambda-client';
import type {RenderJob} from '../../kinds/render-job';
import {countRendererLambdas, getFramesPerLambda} from './get-frames-per-lambda';
import {LAMBDA_FUNCTION_SPEC} from './lambda-function-spec';

/**
 * Assumptions, never measured on AWS (this project has no access to it):
 * - a 2 GB Lambda (about 1.2 vCPU) renders 6 frames/s of 1080×1920, half what this
 *   project's 2-core machines do (10–13 frames/s for simple content), whatever the scale;
 * - each Lambda spends 4 s before its first frame (start, Chrome, the site, the media);
 * - the orchestrating Lambda runs from the start to the last chunk, then 3 s to join them.
 */
export const ASSUMED_FRAMES_PER_SECOND_PER_LAMBDA = 6;
export const ASSUMED_STARTUP_SECONDS_PER_LAMBDA = 4;
export const ASSUMED_JOIN_SECONDS = 3;

const renderSeconds = (frames: number) =>
	ASSUMED_STARTUP_SECONDS_PER_LAMBDA + frames / ASSUMED_FRAMES_PER_SECOND_PER_LAMBDA;

/** Lambdas invoked and their billed time, summed, for a job (its cover still included). */
export const estimateLambdaUsage = (
	job: Pick<RenderJob, 'durationInFrames' | 'settings'>,
): {lambdasInvoked: number; durationInMilliseconds: number} => {
	const renderers = countRendererLambdas(job.durationInFrames);
	// The renderers' chunks add up to the whole video; each pays its own start.
	const renderersSeconds =
		renderers * ASSUMED_STARTUP_SECONDS_PER_LAMBDA + job.durationInFrames / ASSUMED_FRAMES_PER_SECOND_PER_LAMBDA;
	const orchestratorSeconds = renderSeconds(getFramesPerLambda(job.durationInFrames)) + ASSUMED_JOIN_SECONDS;
	const coverSeconds = job.settings.cover ? renderSeconds(1) : 0;
	return {
		lambdasInvoked: renderers + 1 + (job.settings.cover ? 1 : 0),
		durationInMilliseconds: Math.round((renderersSeconds + orchestratorSeconds + coverSeconds) * 1000),
	};
};

/**
 * What rendering a job on Lambda should cost, in US dollars: Remotion's estimatePrice
 * (its built-in price table: no network) for the function this project deploys.
 * Lambda compute only: S3 storage, requests and transfer are left out (cents per month).
 */
export const estimateJobPrice = ({
	job,
	region,
}: {
	job: Pick<RenderJob, 'durationInFrames' | 'settings'>;
	region: AwsRegion;
}): number =>
	estimatePrice({
		region,
		memorySizeInMb: LAMBDA_FUNCTION_SPEC.memorySizeInMb,
		diskSizeInMb: LAMBDA_FUNCTION_SPEC.diskSizeInMb,
		...estimateLambdaUsage(job),
	});
