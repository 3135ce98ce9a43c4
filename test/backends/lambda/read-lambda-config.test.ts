import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {readLambdaConfig} from '../../../src/backends/lambda/read-lambda-config';

const KEYS = {AWS_ACCESS_KEY_ID: 'AKIAFAKE', AWS_SECRET_ACCESS_KEY: 'secret'};

describe('readLambdaConfig', () => {
	test.each([
		['AWS_REGION and the SDK key pair', {AWS_REGION: 'eu-west-3', ...KEYS}, 'eu-west-3'],
		[
			'REMOTION_AWS_REGION wins over AWS_REGION',
			{REMOTION_AWS_REGION: 'eu-central-1', AWS_REGION: 'us-east-1', ...KEYS},
			'eu-central-1',
		],
		[
			'the REMOTION_ key pair',
			{AWS_REGION: 'us-east-1', REMOTION_AWS_ACCESS_KEY_ID: 'A', REMOTION_AWS_SECRET_ACCESS_KEY: 'S'},
			'us-east-1',
		],
		['a profile', {AWS_REGION: 'us-west-2', AWS_PROFILE: 'render'}, 'us-west-2'],
		['a Remotion profile', {AWS_REGION: 'us-west-2', REMOTION_AWS_PROFILE: 'render'}, 'us-west-2'],
	])('accepts %s', (_name, env, region) => {
		expect(readLambdaConfig(env)).toEqual({ok: true, config: {region}});
	});

	test('with nothing set, names every variable to set and the README section', () => {
		expect(readLambdaConfig({})).toMatchInlineSnapshot(`
			{
			  "ok": false,
			  "problems": [
			    "No AWS region: set REMOTION_AWS_REGION or AWS_REGION (for example us-east-1); read the README section "Rendering on AWS Lambda"",
			    "AWS credentials are not set: set REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (or REMOTION_AWS_PROFILE); read the README section "Rendering on AWS Lambda"",
			  ],
			}
		`);
	});

	test('half a key pair says which half is missing', () => {
		const reading = readLambdaConfig({AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'AKIAFAKE'});
		expect(reading.ok).toBe(false);
		expect(!reading.ok && reading.problems).toEqual([
			expect.stringContaining('(AWS_SECRET_ACCESS_KEY is not set (AWS_ACCESS_KEY_ID is))'),
		]);
	});

	test('a region Remotion Lambda does not run in is refused, by the variable that set it', () => {
		const reading = readLambdaConfig({REMOTION_AWS_REGION: 'mars-1', ...KEYS});
		expect(!reading.ok && reading.problems[0]).toMatch(
			/^REMOTION_AWS_REGION="mars-1" is not a region Remotion Lambda runs in; use one of eu-central-1, /,
		);
	});

	test("the shared credentials file's [default] profile counts, as it does for Remotion", () => {
		const home = mkdtempSync(path.join(tmpdir(), 'cites-home-'));
		const file = path.join(home, 'credentials');
		writeFileSync(file, '[default]\naws_access_key_id = A\naws_secret_access_key = S\n');
		expect(readLambdaConfig({AWS_REGION: 'us-east-1', AWS_SHARED_CREDENTIALS_FILE: file}).ok).toBe(true);
		writeFileSync(file, '[other]\naws_access_key_id = A\n');
		expect(readLambdaConfig({AWS_REGION: 'us-east-1', AWS_SHARED_CREDENTIALS_FILE: file}).ok).toBe(false);
	});

	test('a dry run needs no credentials and prices in us-east-1 when no region is set', () => {
		expect(readLambdaConfig({}, {dryRun: true})).toEqual({ok: true, config: {region: 'us-east-1'}});
		expect(readLambdaConfig({AWS_REGION: 'eu-west-1'}, {dryRun: true})).toEqual({
			ok: true,
			config: {region: 'eu-west-1'},
		});
		expect(readLambdaConfig({AWS_REGION: 'nowhere'}, {dryRun: true}).ok).toBe(false);
	});
});
