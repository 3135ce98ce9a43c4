import type {AwsRegion} from '@remotion/lambda-client/regions';
import {getMediaBucketName} from './get-media-bucket-name';
import type {LambdaApi} from './lambda-api';

/** The account's private media bucket in the region, created on first use. */
export const ensureMediaBucket = async ({
	api,
	region,
}: {
	api: LambdaApi;
	region: AwsRegion;
}): Promise<{bucketName: string; created: boolean}> => {
	const bucketName = getMediaBucketName({accountId: await api.getAccountId({region}), region});
	const {created} = await api.ensurePrivateBucket({region, bucketName});
	return {bucketName, created};
};
