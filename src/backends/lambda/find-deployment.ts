import type {AwsRegion} from '@remotion/lambda-client/regions';
import type {LambdaApi} from './lambda-api';
import {DEPLOY_COMMAND, LAMBDA_FUNCTION_VERSION} from './lambda-function-spec';
import {BackendSetupError} from '../backend';
import {pickFunction} from './pick-function';

export type LambdaDeployment = {functionName: string; serveUrl: string};

/**
 * The function of this Remotion version and the site of this code hash, both made by the
 * deploy command; a clear error naming that command when either is missing.
 */
export const findDeployment = async ({
	api,
	region,
	siteName,
}: {
	api: LambdaApi;
	region: AwsRegion;
	siteName: string;
}): Promise<LambdaDeployment> => {
	const [functions, sites] = await Promise.all([api.getCompatibleFunctions({region}), api.getSites({region})]);
	const fn = pickFunction(functions);
	if (!fn) {
		throw new BackendSetupError(
			`No Remotion Lambda function of version ${LAMBDA_FUNCTION_VERSION} in ${region}: run \`${DEPLOY_COMMAND}\` first`,
		);
	}
	const site = sites.find((s) => s.id === siteName);
	if (!site) {
		throw new BackendSetupError(
			`No site "${siteName}" for this code in ${region} (never deployed, or the compositions changed since): run \`${DEPLOY_COMMAND}\` first`,
		);
	}
	return {functionName: fn.functionName, serveUrl: site.serveUrl};
};
