// Interface stub: implemented in full by the Lambda backend work.
import type {RenderJob} from '../../kinds/render-job';
import type {Backend} from '../backend';

export const LAMBDA_BACKEND_ID = 'lambda:4.0.527';

export type LambdaConfig = {region: string};

export const readLambdaConfig = (
	env: Record<string, string | undefined>,
): {ok: true; config: LambdaConfig} | {ok: false; problems: string[]} =>
	env.AWS_REGION ? {ok: true, config: {region: env.AWS_REGION}} : {ok: false, problems: ['AWS_REGION is not set']};

export const createLambdaBackend = (_: {config: LambdaConfig; assetsDir: string}): Backend => {
	throw new Error('not yet');
};

export const estimateJobPrice = (_: {job: RenderJob; region?: string}): number => 0;
