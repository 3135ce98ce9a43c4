import {VERSION} from 'remotion/version';

/**
 * The Remotion version the Lambda function runs: @remotion/lambda is pinned to it, and
 * getFunctions({compatibleOnly: true}) lists only functions of exactly this version.
 */
export const LAMBDA_FUNCTION_VERSION = VERSION;

/** Part of every content key: a Lambda output never stands in for a local one, nor for another version's. */
export const LAMBDA_BACKEND_ID = `lambda:${LAMBDA_FUNCTION_VERSION}`;

export type LambdaFunctionSpec = {memorySizeInMb: number; diskSizeInMb: number; timeoutInSeconds: number};

/**
 * The one function this project deploys, and prices: Remotion's default memory and disk
 * (2 GB, about 1.2 vCPU since Lambda gives CPU in proportion to memory), and a timeout
 * twice Remotion's 120 s default, for chunks of long footage at full size.
 */
export const LAMBDA_FUNCTION_SPEC: LambdaFunctionSpec = {
	memorySizeInMb: 2048,
	diskSizeInMb: 2048,
	timeoutInSeconds: 240,
};

/** The command that sets up what a Lambda render needs; named in every setup message. */
export const DEPLOY_COMMAND = 'npm run lambda:deploy';

export const LAMBDA_README_SECTION = 'the README section "Rendering on AWS Lambda"';
