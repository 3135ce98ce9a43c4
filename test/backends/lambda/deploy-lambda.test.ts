import {describe, expect, test} from 'vitest';
import {deployLambda} from '../../../src/backends/lambda/deploy-lambda';
import {makeFakeAws} from './fake-lambda-api';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);
const ENTRY = '/project/src/index.ts';

const deploy = (aws: ReturnType<typeof makeFakeAws>, codeHash: string) => {
	const lines: string[] = [];
	const outcome = deployLambda({
		api: aws.api,
		region: 'eu-west-1',
		codeHash,
		entryPoint: ENTRY,
		log: (l) => lines.push(l),
	});
	return outcome.then((result) => ({result, lines}));
};

describe('deployLambda', () => {
	test('on an empty account: deploys the function, the site of this code hash and the media bucket', async () => {
		const aws = makeFakeAws({functions: []});
		const {result, lines} = await deploy(aws, HASH_A);
		expect(aws.callsOf('deployFunction')).toEqual([
			{region: 'eu-west-1', memorySizeInMb: 2048, diskSizeInMb: 2048, timeoutInSeconds: 240},
		]);
		expect(aws.callsOf('deploySite')).toEqual([
			{
				region: 'eu-west-1',
				bucketName: 'remotionlambda-useast1-fake',
				siteName: 'cites-aaaaaaaaaaaa',
				entryPoint: ENTRY,
			},
		]);
		expect(aws.callsOf('ensurePrivateBucket')).toEqual([
			{region: 'eu-west-1', bucketName: 'cites-media-123456789012-eu-west-1'},
		]);
		expect(result).toMatchObject({
			functionCreated: true,
			siteName: 'cites-aaaaaaaaaaaa',
			siteUploaded: true,
			mediaBucketCreated: true,
		});
		expect(lines).toEqual([
			'Function: deploying (2048 MB, 240 s)…',
			'Function: remotion-render-4-0-527-mem2048mb-disk2048mb-240sec (created)',
			'Site: bundling and uploading cites-aaaaaaaaaaaa…',
			'Site: cites-aaaaaaaaaaaa deployed (42 files uploaded)',
			'Media bucket: cites-media-123456789012-eu-west-1 (private, created)',
		]);
	});

	test('a second deploy of the same code uploads nothing and deploys no function', async () => {
		const aws = makeFakeAws({functions: []});
		await deploy(aws, HASH_A);
		const {result, lines} = await deploy(aws, HASH_A);
		expect(aws.callsOf('deploySite')).toHaveLength(1);
		expect(aws.callsOf('deployFunction')).toHaveLength(1);
		expect(result).toMatchObject({functionCreated: false, siteUploaded: false, mediaBucketCreated: false});
		expect(lines).toEqual([
			'Function: remotion-render-4-0-527-mem2048mb-disk2048mb-240sec (already deployed)',
			'Site: cites-aaaaaaaaaaaa (this code is already deployed, nothing uploaded)',
			'Media bucket: cites-media-123456789012-eu-west-1 (private, already there)',
		]);
	});

	test('changed code deploys a new site, under its own name', async () => {
		const aws = makeFakeAws();
		await deploy(aws, HASH_A);
		const {result} = await deploy(aws, HASH_B);
		expect(aws.callsOf('deploySite').map((c) => c.siteName)).toEqual(['cites-aaaaaaaaaaaa', 'cites-bbbbbbbbbbbb']);
		expect(result.serveUrl).toContain('/sites/cites-bbbbbbbbbbbb/');
	});

	test('reuses a compatible function of another size rather than deploying one', async () => {
		const other = {
			functionName: 'remotion-render-4-0-527-mem3009mb-disk10240mb-900sec',
			memorySizeInMb: 3009,
			diskSizeInMb: 10240,
			timeoutInSeconds: 900,
		};
		const aws = makeFakeAws({functions: [other]});
		const {result} = await deploy(aws, HASH_A);
		expect(aws.callsOf('deployFunction')).toEqual([]);
		expect(result.functionName).toBe(other.functionName);
	});
});
