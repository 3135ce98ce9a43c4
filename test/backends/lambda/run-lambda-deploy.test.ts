import {describe, expect, test} from 'vitest';
import {runLambdaDeploy} from '../../../src/backends/lambda/run-lambda-deploy';
import {makeFakeAws} from './fake-lambda-api';

const run = async (env: Record<string, string>, aws = makeFakeAws()) => {
	let stdout = '';
	let stderr = '';
	const status = await runLambdaDeploy({
		env,
		codeHash: 'c'.repeat(64),
		entryPoint: '/project/src/index.ts',
		stdout: (t) => void (stdout += t),
		stderr: (t) => void (stderr += t),
		api: aws.api,
	});
	return {status, stdout, stderr, aws};
};

describe('npm run lambda:deploy', () => {
	test('without region or credentials: exit 2, the same messages as a render, no AWS call', async () => {
		const {status, stdout, stderr, aws} = await run({});
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('error: No AWS region: set REMOTION_AWS_REGION or AWS_REGION');
		expect(stderr).toContain('error: AWS credentials are not set: set REMOTION_AWS_ACCESS_KEY_ID');
		expect(aws.calls).toEqual([]);
	});

	test('prints what it did', async () => {
		const {status, stdout, stderr} = await run(
			{AWS_REGION: 'us-east-1', AWS_PROFILE: 'render'},
			makeFakeAws({functions: []}),
		);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toBe(
			[
				'Deploying to AWS Lambda in us-east-1',
				'  Function: deploying (2048 MB, 240 s)…',
				'  Function: remotion-render-4-0-527-mem2048mb-disk2048mb-240sec (created)',
				'  Site: bundling and uploading cites-cccccccccccc…',
				'  Site: cites-cccccccccccc deployed (42 files uploaded)',
				'  Media bucket: cites-media-123456789012-us-east-1 (private, created)',
				'Ready: `npm run render -- --backend lambda` renders with site cites-cccccccccccc.',
				'',
			].join('\n'),
		);
	});

	test('an AWS refusal is one error line and exit 1', async () => {
		const aws = makeFakeAws();
		aws.failures.getCompatibleFunctions = [
			Object.assign(new Error('User is not authorized to perform: lambda:ListFunctions'), {
				name: 'AccessDeniedException',
			}),
		];
		const {status, stderr} = await run({AWS_REGION: 'us-east-1', AWS_PROFILE: 'render'}, aws);
		expect(status).toBe(1);
		expect(stderr).toBe('error: User is not authorized to perform: lambda:ListFunctions\n');
	});
});
