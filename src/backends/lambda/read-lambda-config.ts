import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {AWS_REGIONS, type AwsRegion} from '@remotion/lambda-client/regions';
import {LAMBDA_README_SECTION} from './lambda-function-spec';

export type LambdaConfig = {region: AwsRegion};

export type LambdaConfigReading = {ok: true; config: LambdaConfig} | {ok: false; problems: string[]};

type Env = Record<string, string | undefined>;

/** Prices are shown for this region when none is set (a dry run needs no AWS set-up). */
export const DEFAULT_PRICING_REGION: AwsRegion = 'us-east-1';

const isRegion = (value: string): value is AwsRegion => (AWS_REGIONS as readonly string[]).includes(value);

/**
 * Remotion's own fallback when no variable names credentials: the AWS SDK reads the
 * `[default]` profile of the shared credentials file. Home comes from the same env, so
 * an empty env means no file.
 */
const hasDefaultProfile = (env: Env): boolean => {
	const home = env.HOME ?? env.USERPROFILE;
	const file = env.AWS_SHARED_CREDENTIALS_FILE ?? (home ? path.join(home, '.aws', 'credentials') : null);
	return file !== null && existsSync(file) && readFileSync(file, 'utf8').includes('[default]');
};

/** Names the variables of a pair that are missing, when the other one is set. */
const halfPair = (env: Env, id: string, secret: string): string | null =>
	Boolean(env[id]) === Boolean(env[secret])
		? null
		: `${env[id] ? secret : id} is not set (${env[id] ? id : secret} is)`;

const readCredentials = (env: Env): string[] => {
	if (env.REMOTION_AWS_PROFILE || env.AWS_PROFILE) return [];
	const pairs = [
		['REMOTION_AWS_ACCESS_KEY_ID', 'REMOTION_AWS_SECRET_ACCESS_KEY'],
		['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
	] as const;
	if (pairs.some(([id, secret]) => env[id] && env[secret])) return [];
	if (hasDefaultProfile(env)) return [];
	const half = pairs.map(([id, secret]) => halfPair(env, id, secret)).filter((p) => p !== null);
	return [
		`AWS credentials are not set${half.length > 0 ? ` (${half.join('; ')})` : ''}: set REMOTION_AWS_ACCESS_KEY_ID and REMOTION_AWS_SECRET_ACCESS_KEY, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (or REMOTION_AWS_PROFILE); read ${LAMBDA_README_SECTION}`,
	];
};

/**
 * Region and credentials for a Lambda render, read from the environment the way
 * @remotion/lambda reads them (REMOTION_AWS_* first, then the AWS SDK's own names).
 * A dry run prices without credentials, in us-east-1 when no region is set; a bad region
 * is a problem either way. Every problem is a sentence naming the variables to set.
 */
export const readLambdaConfig = (env: Env, {dryRun = false}: {dryRun?: boolean} = {}): LambdaConfigReading => {
	const problems: string[] = [];
	const name = env.REMOTION_AWS_REGION ? 'REMOTION_AWS_REGION' : 'AWS_REGION';
	const value = env[name];
	let region: AwsRegion | null = dryRun && !value ? DEFAULT_PRICING_REGION : null;
	if (!value && !dryRun) {
		problems.push(
			`No AWS region: set REMOTION_AWS_REGION or AWS_REGION (for example us-east-1); read ${LAMBDA_README_SECTION}`,
		);
	} else if (value && isRegion(value)) region = value;
	else if (value) {
		problems.push(`${name}="${value}" is not a region Remotion Lambda runs in; use one of ${AWS_REGIONS.join(', ')}`);
	}
	if (!dryRun) problems.push(...readCredentials(env));
	return problems.length === 0 && region ? {ok: true, config: {region}} : {ok: false, problems};
};
