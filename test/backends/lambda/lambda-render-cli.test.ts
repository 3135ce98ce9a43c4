import {copyFileSync, existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, test, vi} from 'vitest';
import {getSiteName} from '../../../src/backends/lambda/get-site-name';
import {type CliIo, runRenderCli} from '../../../src/cli/run-render-cli';
import {getCodeHash} from '../../../src/plan/get-code-hash';
import {PROJECT_DIR} from '../../../src/plan/prepare-plan';
import {makeCampaignDir} from '../../helpers/make-campaign-dir';
import {makeFakeAws, SITE_BUCKET} from './fake-lambda-api';

// The render CLI builds its real AWS client from this module: here it gets the fake.
const state = vi.hoisted(() => ({aws: null as ReturnType<typeof makeFakeAws> | null}));
vi.mock('../../../src/backends/lambda/create-remotion-lambda-api', () => ({
	createRemotionLambdaApi: () => state.aws!.api,
}));

const CREDENTIALS = {AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIAFAKE', AWS_SECRET_ACCESS_KEY: 'fake'};

/** The render CLI in this process, with the environment it reads AWS settings from. */
const run = async (args: string[], env: Record<string, string | undefined>) => {
	let stdout = '';
	let stderr = '';
	const io: CliIo = {stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false, env};
	const status = await runRenderCli(args, io, {onInterrupt: () => undefined});
	return {status, stdout, stderr};
};

const tempDir = (name: string) => mkdtempSync(path.join(tmpdir(), `cites-${name}-`));

describe('npm run render -- --backend lambda', () => {
	afterEach(() => vi.restoreAllMocks());

	test('without AWS settings: exit 2 before any work, naming the variables and the README section', async () => {
		const {file} = makeCampaignDir();
		const out = path.join(tempDir('out'), 'out');
		const result = await run(['--campaign', file, '--out', out, '--backend', 'lambda'], {});
		expect(result.status).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			[
				'error: No AWS region: set REMOTION_AWS_REGION or AWS_REGION (for example us-east-1); read the README section "Rendering on AWS Lambda"',
				'error: AWS credentials are not set: set REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (or REMOTION_AWS_PROFILE); read the README section "Rendering on AWS Lambda"',
				'',
			].join('\n'),
		);
		expect(existsSync(out)).toBe(false);
	});

	test('--dry-run prices every asset and the total, offline, with no AWS settings at all', async () => {
		const require = createRequire(import.meta.url);
		const network = [
			vi.spyOn(require('node:https'), 'request'),
			vi.spyOn(require('node:http'), 'request'),
			vi.spyOn(globalThis, 'fetch'),
		];
		const {file} = makeCampaignDir();
		const out = tempDir('out');
		const args = ['--campaign', file, '--out', out, '--kinds', 'header', '--backend', 'lambda', '--dry-run'];

		const json = await run([...args, '--json'], {});
		expect(json.status).toBe(0);
		const plan = JSON.parse(json.stdout);
		expect(plan.backend).toBe('lambda:4.0.527');
		expect(plan.assets).toHaveLength(13);
		for (const asset of plan.assets) expect(asset.estimatedPriceUsd).toBeGreaterThan(0);
		const sum = plan.assets.reduce(
			(total: number, asset: {estimatedPriceUsd: number}) => total + asset.estimatedPriceUsd,
			0,
		);
		expect(plan.estimatedTotalUsd).toBe(sum);

		const plain = await run(args, {});
		expect(plain.status).toBe(0);
		expect(plain.stdout).toMatch(/^render ep01-header {6} +\$0\.\d{4} {2}not rendered yet$/m);
		expect(plain.stdout).toContain(
			`13 to render, about $${sum.toFixed(3)} on AWS Lambda, 0 up to date (dry run: nothing rendered)`,
		);
		for (const spy of network) expect(spy).not.toHaveBeenCalled();
		expect(existsSync(path.join(out, 'manifest.json'))).toBe(false);
	});

	test('with nothing deployed for this code: exit 2 naming the deploy command, nothing rendered', async () => {
		state.aws = makeFakeAws({sites: []});
		const {file} = makeCampaignDir();
		const out = tempDir('out');
		const result = await run(
			['--campaign', file, '--out', out, '--only', 'ep02-header', '--backend', 'lambda'],
			CREDENTIALS,
		);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(
			/^error: No site "cites-[0-9a-f]{12}" for this code in eu-west-1 .*run `npm run lambda:deploy` first; nothing was rendered$/m,
		);
		expect(existsSync(path.join(out, 'ep02-header.mp4'))).toBe(false);
		expect(existsSync(path.join(out, 'manifest.json'))).toBe(false);
	});

	describe('a header rendered on (fake) Lambda, its download checked by QC', () => {
		const {file} = makeCampaignDir();
		const local = tempDir('local');
		const out = tempDir('lambda');
		const args = ['--campaign', file, '--only', 'ep02-header', '--scale', '0.25'];
		let lambda: Awaited<ReturnType<typeof run>>;

		beforeAll(async () => {
			// What Lambda would have made: the same job rendered for real, by the local backend.
			const reference = await run([...args, '--out', local, '--backend', 'local'], {});
			expect(reference.status).toBe(0);
			state.aws = makeFakeAws({
				sites: [
					{
						id: getSiteName(getCodeHash(PROJECT_DIR)),
						serveUrl: 'https://site/sites/x/index.html',
						bucketName: SITE_BUCKET,
					},
				],
				download: (outPath, {key}) =>
					copyFileSync(path.join(local, key.endsWith('.jpg') ? 'ep02-header.jpg' : 'ep02-header.mp4'), outPath),
			});
			lambda = await run([...args, '--out', out, '--backend', 'lambda'], CREDENTIALS);
		});

		test('exits 0 with the MP4 and its cover in place, QC ok', () => {
			expect(lambda.stderr).toBe('');
			expect(lambda.status).toBe(0);
			expect(lambda.stdout).toMatch(/ep02-header: ep02-header\.mp4 \+ ep02-header\.jpg, 4\.00 s, .* QC ok/);
			expect(readFileSync(path.join(out, 'ep02-header.mp4'))).toEqual(
				readFileSync(path.join(local, 'ep02-header.mp4')),
			);
			expect(readFileSync(path.join(out, 'ep02-header.jpg'))).toEqual(
				readFileSync(path.join(local, 'ep02-header.jpg')),
			);
		});

		test('the manifest records it as rendered by lambda:4.0.527, QC passed', () => {
			const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
			expect(manifest.assets).toEqual([
				expect.objectContaining({
					id: 'ep02-header',
					status: 'rendered',
					backend: 'lambda:4.0.527',
					qc: expect.objectContaining({passed: true}),
				}),
			]);
		});

		test('went through Lambda: fonts as presigned URLs, downloads to temporary names', () => {
			const aws = state.aws!;
			expect(aws.callsOf('renderMedia')).toHaveLength(1);
			expect(JSON.stringify(aws.callsOf('renderMedia')[0]!.inputProps)).not.toMatch(/"fonts\//);
			expect(aws.callsOf('uploadFile').length).toBeGreaterThan(0);
			expect(aws.callsOf('downloadFile').map((d) => path.basename(d.outPath))).toEqual([
				'.ep02-header.partial.mp4',
				'.ep02-header.partial.jpg',
			]);
		});

		test('a Lambda render never stands in for a local one, but is up to date for Lambda', async () => {
			const asLocal = await run([...args, '--out', out, '--backend', 'local', '--dry-run', '--json'], {});
			expect(JSON.parse(asLocal.stdout).assets[0]).toMatchObject({
				action: 'render',
				// A local render also names the Chromium that draws it; Lambda's comes with its Remotion version.
				reason: 'changed: backend, browser',
			});
			const asLambda = await run([...args, '--out', out, '--backend', 'lambda', '--dry-run', '--json'], {});
			expect(JSON.parse(asLambda.stdout).assets[0]).toMatchObject({action: 'skip', reason: 'up to date'});
		});
	});
});
