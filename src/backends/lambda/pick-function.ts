import type {DeployedFunction} from './lambda-api';
import {LAMBDA_FUNCTION_SPEC} from './lambda-function-spec';

const isOurSpec = (fn: DeployedFunction) =>
	fn.memorySizeInMb === LAMBDA_FUNCTION_SPEC.memorySizeInMb &&
	fn.diskSizeInMb === LAMBDA_FUNCTION_SPEC.diskSizeInMb &&
	fn.timeoutInSeconds === LAMBDA_FUNCTION_SPEC.timeoutInSeconds;

/**
 * Of the functions of this Remotion version, the one this project deploys (the one the
 * prices are for), else any other: it renders the same frames.
 */
export const pickFunction = (compatible: readonly DeployedFunction[]): DeployedFunction | null =>
	compatible.find(isOurSpec) ?? compatible[0] ?? null;
