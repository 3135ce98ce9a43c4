import {deployLambda} from './deploy-lambda';
import type {LambdaApi} from './lambda-api';
import {readLambdaConfig} from './read-lambda-config';

/** Loaded on first use, like the render's: @remotion/lambda-client takes ~0.7 s to load. */
const loadRemotionLambdaApi = async (): Promise<LambdaApi> =>
	(await import('./create-remotion-lambda-api')).createRemotionLambdaApi();

/**
 * `npm run lambda:deploy` minus process plumbing: exit 2 when region or credentials are
 * missing (the same messages as a render), 1 when AWS refuses, 0 when all is in place.
 */
export const runLambdaDeploy = async ({
	env,
	codeHash,
	entryPoint,
	stdout,
	stderr,
	api,
}: {
	env: Record<string, string | undefined>;
	codeHash: string;
	entryPoint: string;
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	api?: LambdaApi;
}): Promise<number> => {
	const reading = readLambdaConfig(env);
	if (!reading.ok) {
		for (const problem of reading.problems) stderr(`error: ${problem}\n`);
		return 2;
	}
	const {region} = reading.config;
	stdout(`Deploying to AWS Lambda in ${region}\n`);
	try {
		const outcome = await deployLambda({
			api: api ?? (await loadRemotionLambdaApi()),
			region,
			codeHash,
			entryPoint,
			log: (line) => stdout(`  ${line}\n`),
		});
		stdout(`Ready: \`npm run render -- --backend lambda\` renders with site ${outcome.siteName}.\n`);
		return 0;
	} catch (error) {
		stderr(`error: ${error instanceof Error ? error.message : String(error)}\n`);
		return 1;
	}
};
