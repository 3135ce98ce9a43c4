import {
	cancelRenderOnLambda,
	getFunctions,
	getRenderProgress,
	getSites,
	renderMediaOnLambda,
	renderStillOnLambda,
} from '@remotion/lambda-client';
import {createS3Api} from './create-s3-api';
import {deploySiteBundle} from './deploy-site-bundle';
import type {LambdaApi} from './lambda-api';

/**
 * The real AWS client: Remotion's Lambda APIs and S3. @remotion/lambda (about 3 s to load)
 * is imported only by the deploy-time calls that need it.
 */
export const createRemotionLambdaApi = (): LambdaApi => ({
	...createS3Api(),
	getCompatibleFunctions: async ({region}) =>
		(await getFunctions({region, compatibleOnly: true, logLevel: 'error'})).map(
			({functionName, memorySizeInMb, diskSizeInMb, timeoutInSeconds}) => ({
				functionName,
				memorySizeInMb,
				diskSizeInMb,
				timeoutInSeconds,
			}),
		),
	deployFunction: async ({region, ...spec}) => {
		const {deployFunction} = await import('@remotion/lambda');
		return deployFunction({region, ...spec, createCloudWatchLogGroup: true, logLevel: 'error'});
	},
	getOrCreateSiteBucket: async ({region}) => {
		const {getOrCreateBucket} = await import('@remotion/lambda');
		const {bucketName} = await getOrCreateBucket({region, logLevel: 'error'});
		return {bucketName};
	},
	getSites: async ({region}) =>
		(await getSites({region})).sites.map(({id, serveUrl, bucketName}) => ({id, serveUrl, bucketName})),
	deploySite: deploySiteBundle,
	renderMedia: (input) => renderMediaOnLambda(input),
	// Read from S3 directly rather than by invoking the function: polling costs no Lambda concurrency.
	getRenderProgress: (input) => getRenderProgress({...input, skipLambdaInvocation: true, logLevel: 'error'}),
	cancelRender: (input) => cancelRenderOnLambda(input),
	renderStill: (input) => renderStillOnLambda(input),
});
