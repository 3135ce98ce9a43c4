import type {AwsRegion} from '@remotion/lambda-client/regions';
import type {LambdaApi} from './lambda-api';
import type {Sleep} from './sleep';
import type {UploadCache} from './stage-job-media';

/** What every job of a batch shares: the deployment found by open(), and the uploads so far. */
export type LambdaSession = {
	api: LambdaApi;
	region: AwsRegion;
	functionName: string;
	serveUrl: string;
	mediaBucket: string;
	assetsDir: string;
	uploads: UploadCache;
	sleep: Sleep;
	pollIntervalMs?: number;
};
