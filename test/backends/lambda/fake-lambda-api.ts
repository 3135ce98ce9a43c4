import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import type {RenderMediaOnLambdaInput, RenderStillOnLambdaInput} from '@remotion/lambda-client';
import type {
	DeployedFunction,
	DeployedSite,
	LambdaApi,
	RenderProgressView,
} from '../../../src/backends/lambda/lambda-api';

export const FAKE_ACCOUNT = '123456789012';
export const SITE_BUCKET = 'remotionlambda-useast1-fake';

type Call = {name: keyof LambdaApi; input: unknown};

/**
 * A stand-in for AWS that behaves like it where the backend relies on it: buckets hold
 * objects, S3 refuses an upload whose bytes do not match the sha256, renders progress
 * over a few polls and leave an output to download. Every call is recorded.
 */
export const makeFakeAws = ({
	functions = [
		{
			functionName: 'remotion-render-4-0-527-mem2048mb-disk2048mb-240sec',
			memorySizeInMb: 2048,
			diskSizeInMb: 2048,
			timeoutInSeconds: 240,
		},
	],
	sites = [],
	totalFrames = 120,
	download = (outPath, {key}) => writeFileSync(outPath, `fake output of ${key}`),
}: {
	functions?: DeployedFunction[];
	sites?: DeployedSite[];
	/** What the fake renders report when done. */
	totalFrames?: number;
	download?: (outPath: string, object: {bucketName: string; key: string}) => void;
} = {}) => {
	const calls: Call[] = [];
	const buckets = new Map<string, Map<string, string>>();
	/** Errors the next calls of a method throw, in order, before it works again. */
	const failures: Partial<Record<keyof LambdaApi, unknown[]>> = {};
	const polls = new Map<string, number>();
	let renders = 0;

	const record = <K extends keyof LambdaApi>(name: K, input: unknown) => {
		calls.push({name, input});
		const error = failures[name]?.shift();
		if (error !== undefined) throw error;
	};
	const bucket = (name: string) => {
		const found = buckets.get(name);
		if (!found) throw Object.assign(new Error(`NoSuchBucket: ${name}`), {name: 'NoSuchBucket'});
		return found;
	};
	buckets.set(SITE_BUCKET, new Map());

	const api: LambdaApi = {
		getCompatibleFunctions: async (input) => (record('getCompatibleFunctions', input), [...functions]),
		deployFunction: async (input) => {
			record('deployFunction', input);
			const {memorySizeInMb, diskSizeInMb, timeoutInSeconds} = input;
			const functionName = `remotion-render-4-0-527-mem${memorySizeInMb}mb-disk${diskSizeInMb}mb-${timeoutInSeconds}sec`;
			const alreadyExisted = functions.some((f) => f.functionName === functionName);
			if (!alreadyExisted) functions.push({functionName, memorySizeInMb, diskSizeInMb, timeoutInSeconds});
			return {functionName, alreadyExisted};
		},
		getOrCreateSiteBucket: async (input) => (record('getOrCreateSiteBucket', input), {bucketName: SITE_BUCKET}),
		getSites: async (input) => (record('getSites', input), [...sites]),
		deploySite: async (input) => {
			record('deploySite', input);
			const serveUrl = `https://${input.bucketName}.s3.${input.region}.amazonaws.com/sites/${input.siteName}/index.html`;
			sites.push({id: input.siteName, serveUrl, bucketName: input.bucketName});
			return {serveUrl, uploadedFiles: 42};
		},
		getAccountId: async (input) => (record('getAccountId', input), FAKE_ACCOUNT),
		ensurePrivateBucket: async (input) => {
			record('ensurePrivateBucket', input);
			if (buckets.has(input.bucketName)) return {created: false};
			buckets.set(input.bucketName, new Map());
			return {created: true};
		},
		objectExists: async (input) => (record('objectExists', input), bucket(input.bucketName).has(input.key)),
		uploadFile: async (input) => {
			record('uploadFile', input);
			const actual = createHash('sha256').update(readFileSync(input.file)).digest('hex');
			if (actual !== input.sha256) throw new Error(`BadDigest: ${input.file} is not ${input.sha256}`);
			bucket(input.bucketName).set(input.key, actual);
		},
		presignGetUrl: async (input) => {
			record('presignGetUrl', input);
			return `https://${input.bucketName}.s3.${input.region}.amazonaws.com/${input.key}?X-Amz-Expires=${input.expiresInSeconds}&X-Amz-Signature=fake`;
		},
		downloadFile: async (input) => {
			record('downloadFile', input);
			if (!bucket(input.bucketName).has(input.key)) throw new Error(`NoSuchKey: ${input.key}`);
			download(input.outPath, input);
		},
		renderMedia: async (input: RenderMediaOnLambdaInput) => {
			record('renderMedia', input);
			const renderId = `render${++renders}`;
			polls.set(renderId, 0);
			return {renderId, bucketName: SITE_BUCKET};
		},
		getRenderProgress: async (input) => {
			record('getRenderProgress', input);
			const poll = polls.get(input.renderId)!;
			polls.set(input.renderId, poll + 1);
			const done = poll >= 2;
			const outKey = `renders/${input.renderId}/out.mp4`;
			if (done) bucket(SITE_BUCKET).set(outKey, 'video');
			const progress: RenderProgressView = {
				done,
				framesRendered: [0, Math.floor(totalFrames / 2), totalFrames][Math.min(poll, 2)]!,
				fatalErrorEncountered: false,
				errors: [],
				outBucket: done ? SITE_BUCKET : null,
				outKey: done ? outKey : null,
			};
			return progress;
		},
		cancelRender: async (input) => void record('cancelRender', input),
		renderStill: async (input: RenderStillOnLambdaInput) => {
			record('renderStill', input);
			const outKey = `renders/still${++renders}/out.jpg`;
			bucket(SITE_BUCKET).set(outKey, 'still');
			return {bucketName: SITE_BUCKET, outKey};
		},
	};

	const callsOf = <K extends keyof LambdaApi>(name: K) =>
		calls.filter((c) => c.name === name).map((c) => c.input as Parameters<LambdaApi[K]>[0]);
	return {api, calls, callsOf, failures, buckets, sites, functions};
};
