import type {AwsRegion} from '@remotion/lambda-client/regions';
import type {RenderJob} from '../../kinds/render-job';

/**
 * The price function for a region, loaded on demand: @remotion/lambda-client takes about
 * 0.7 s to load, which a local render should not pay.
 */
export const loadJobPricing = async (
	region: AwsRegion,
): Promise<(job: Pick<RenderJob, 'durationInFrames' | 'settings'>) => number> => {
	const {estimateJobPrice} = await import('./estimate-job-price');
	return (job) => estimateJobPrice({job, region});
};
