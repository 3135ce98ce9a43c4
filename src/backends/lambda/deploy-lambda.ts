import type {AwsRegion} from '@remotion/lambda-client/regions';
import {ensureMediaBucket} from './ensure-media-bucket';
import {getSiteName} from './get-site-name';
import type {LambdaApi} from './lambda-api';
import {LAMBDA_FUNCTION_SPEC} from './lambda-function-spec';
import {pickFunction} from './pick-function';

export type DeployOutcome = {
	functionName: string;
	functionCreated: boolean;
	siteName: string;
	serveUrl: string;
	siteUploaded: boolean;
	mediaBucket: string;
	mediaBucketCreated: boolean;
};

/**
 * Everything a Lambda render needs, made only where missing: the render function of this
 * Remotion version, the site of this code hash (an unchanged bundle is not uploaded again)
 * and the private media bucket.
 */
export const deployLambda = async ({
	api,
	region,
	codeHash,
	entryPoint,
	log,
}: {
	api: LambdaApi;
	region: AwsRegion;
	codeHash: string;
	/** The bundle's entry point (src/index.ts). */
	entryPoint: string;
	log: (line: string) => void;
}): Promise<DeployOutcome> => {
	let fn = pickFunction(await api.getCompatibleFunctions({region}));
	let functionCreated = false;
	if (fn) log(`Function: ${fn.functionName} (already deployed)`);
	else {
		log(`Function: deploying (${LAMBDA_FUNCTION_SPEC.memorySizeInMb} MB, ${LAMBDA_FUNCTION_SPEC.timeoutInSeconds} s)…`);
		const deployed = await api.deployFunction({region, ...LAMBDA_FUNCTION_SPEC});
		fn = {functionName: deployed.functionName, ...LAMBDA_FUNCTION_SPEC};
		functionCreated = !deployed.alreadyExisted;
		log(`Function: ${deployed.functionName} (${deployed.alreadyExisted ? 'already deployed' : 'created'})`);
	}

	const siteName = getSiteName(codeHash);
	const existing = (await api.getSites({region})).find((site) => site.id === siteName);
	let serveUrl = existing?.serveUrl;
	if (serveUrl) log(`Site: ${siteName} (this code is already deployed, nothing uploaded)`);
	else {
		log(`Site: bundling and uploading ${siteName}…`);
		const {bucketName} = await api.getOrCreateSiteBucket({region});
		const deployed = await api.deploySite({region, bucketName, siteName, entryPoint});
		serveUrl = deployed.serveUrl;
		log(`Site: ${siteName} deployed (${deployed.uploadedFiles} files uploaded)`);
	}

	const media = await ensureMediaBucket({api, region});
	log(`Media bucket: ${media.bucketName} (private, ${media.created ? 'created' : 'already there'})`);
	return {
		functionName: fn.functionName,
		functionCreated,
		siteName,
		serveUrl,
		siteUploaded: !existing,
		mediaBucket: media.bucketName,
		mediaBucketCreated: media.created,
	};
};
