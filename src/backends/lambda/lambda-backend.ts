import type {Backend} from '../backend';
import {ensureMediaBucket} from './ensure-media-bucket';
import {findDeployment} from './find-deployment';
import {getSiteName} from './get-site-name';
import type {LambdaApi} from './lambda-api';
import {LAMBDA_BACKEND_ID} from './lambda-function-spec';
import type {LambdaSession} from './lambda-session';
import type {LambdaConfig} from './read-lambda-config';
import {renderJobOnLambda} from './render-job-on-lambda';
import {sleep as realSleep, type Sleep} from './sleep';

/** The real client, loaded on first use: @remotion/lambda-client takes ~0.7 s to load. */
const loadRemotionLambdaApi = async (): Promise<LambdaApi> =>
	(await import('./create-remotion-lambda-api')).createRemotionLambdaApi();

/**
 * Renders on AWS Lambda with the function and site `npm run lambda:deploy` made; media
 * reach it through the private bucket as presigned URLs. One backend per run: it
 * remembers what it uploaded.
 */
export const createLambdaBackend = ({
	config,
	assetsDir,
	codeHash,
	api,
	sleep = realSleep,
	pollIntervalMs,
}: {
	config: LambdaConfig;
	/** The campaign's assets folder: the jobs' media paths are relative to it. */
	assetsDir: string;
	/** Of the compositions' code (getCodeHash): names the site to render with. */
	codeHash: string;
	/** Every AWS call goes through it (default: @remotion/lambda and S3). */
	api?: LambdaApi;
	sleep?: Sleep;
	pollIntervalMs?: number;
}): Backend => {
	const {region} = config;
	let session: LambdaSession | null = null;
	const uploads: LambdaSession['uploads'] = new Map();
	return {
		id: LAMBDA_BACKEND_ID,
		open: async () => {
			if (session) return;
			const client = api ?? (await loadRemotionLambdaApi());
			const [deployment, media] = await Promise.all([
				findDeployment({api: client, region, siteName: getSiteName(codeHash)}),
				ensureMediaBucket({api: client, region}),
			]);
			session = {
				...deployment,
				api: client,
				region,
				mediaBucket: media.bucketName,
				assetsDir,
				uploads,
				sleep,
				pollIntervalMs,
			};
		},
		render: (job, target, callbacks) => {
			if (!session) throw new Error('The Lambda backend renders only between open() and close()');
			return renderJobOnLambda({session, job, target, callbacks}).then(() => ({capturedFrames: null}));
		},
		// Nothing to restart: each attempt is a new render on Lambda.
		recover: async () => undefined,
		close: async () => {
			session = null;
		},
	};
};
