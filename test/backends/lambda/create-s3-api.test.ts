import {beforeEach, describe, expect, test, vi} from 'vitest';

type Sent = {command: string; input: Record<string, unknown>};
const sent: Sent[] = [];
/** What the fake S3 answers, by command name: a value, or an error to throw. */
let answers: Record<string, unknown> = {};

// Every SDK command is a class that keeps its name and input; the client records what it is sent.
const sdk = new Proxy(
	{},
	{
		get: (_target, command: string) =>
			class {
				command = command;
				constructor(public input: Record<string, unknown>) {}
			},
	},
);
const client = {
	send: vi.fn(async (request: Sent) => {
		sent.push({command: request.command, input: request.input});
		const answer = answers[request.command];
		if (answer instanceof Error) throw answer;
		return answer ?? {};
	}),
};

vi.mock('@remotion/lambda-client', () => ({
	getAwsClient: () => ({client, sdk}),
	presignUrl: vi.fn(async () => 'https://signed'),
}));

const {createS3Api} = await import('../../../src/backends/lambda/create-s3-api');

const httpError = (name: string, status: number) =>
	Object.assign(new Error(name), {name, $metadata: {httpStatusCode: status}});
const OWNER = {ExpectedBucketOwner: '123456789012'};

beforeEach(() => {
	sent.length = 0;
	answers = {GetCallerIdentityCommand: {Account: '123456789012'}};
});

describe('the S3 side of the default client', () => {
	test('creates a missing media bucket owner-enforced, then blocks all public access and sets the CORS rule', async () => {
		answers.HeadBucketCommand = httpError('NotFound', 404);
		await expect(
			createS3Api().ensurePrivateBucket({region: 'eu-west-1', bucketName: 'cites-media-1-eu-west-1'}),
		).resolves.toEqual({created: true});
		expect(sent.filter((s) => s.command !== 'GetCallerIdentityCommand')).toEqual([
			{command: 'HeadBucketCommand', input: {Bucket: 'cites-media-1-eu-west-1', ...OWNER}},
			{
				command: 'CreateBucketCommand',
				input: {
					Bucket: 'cites-media-1-eu-west-1',
					ObjectOwnership: 'BucketOwnerEnforced',
					CreateBucketConfiguration: {LocationConstraint: 'eu-west-1'},
				},
			},
			{
				command: 'PutPublicAccessBlockCommand',
				input: {
					Bucket: 'cites-media-1-eu-west-1',
					...OWNER,
					PublicAccessBlockConfiguration: {
						BlockPublicAcls: true,
						IgnorePublicAcls: true,
						BlockPublicPolicy: true,
						RestrictPublicBuckets: true,
					},
				},
			},
			{
				command: 'PutBucketCorsCommand',
				input: {
					Bucket: 'cites-media-1-eu-west-1',
					...OWNER,
					CORSConfiguration: {
						CORSRules: [expect.objectContaining({AllowedMethods: ['GET', 'HEAD'], AllowedOrigins: ['*']})],
					},
				},
			},
		]);
	});

	test('an existing bucket is not created again, but its settings are applied again', async () => {
		await expect(createS3Api().ensurePrivateBucket({region: 'us-east-1', bucketName: 'b'})).resolves.toEqual({
			created: false,
		});
		expect(sent.map((s) => s.command)).toEqual([
			'GetCallerIdentityCommand',
			'HeadBucketCommand',
			'PutPublicAccessBlockCommand',
			'PutBucketCorsCommand',
		]);
	});

	test('a bucket of that name owned by someone else is an error, never used', async () => {
		answers.HeadBucketCommand = httpError('Forbidden', 403);
		await expect(createS3Api().ensurePrivateBucket({region: 'us-east-1', bucketName: 'b'})).rejects.toThrow(
			'Forbidden',
		);
		expect(sent.map((s) => s.command)).not.toContain('CreateBucketCommand');
	});

	test('uploads with the content type, the length and the sha256 for S3 to check, to our own bucket only', async () => {
		const api = createS3Api();
		const sha256 = 'ab'.repeat(32);
		await api.uploadFile({
			region: 'us-east-1',
			bucketName: 'b',
			key: `media/${sha256}.woff2`,
			file: 'package.json',
			sha256,
			bytes: 12,
		});
		await api.uploadFile({
			region: 'us-east-1',
			bucketName: 'b',
			key: `media/${sha256}.mp4`,
			file: 'package.json',
			sha256,
			bytes: 12,
		});
		const puts = sent.filter((s) => s.command === 'PutObjectCommand');
		expect(puts[0]!.input).toMatchObject({
			Bucket: 'b',
			Key: `media/${sha256}.woff2`,
			ContentType: 'font/woff2',
			ContentLength: 12,
			ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
			...OWNER,
		});
		expect(puts[0]!.input).not.toHaveProperty('ACL');
		// The account is asked once, not per request.
		expect(sent.filter((s) => s.command === 'GetCallerIdentityCommand')).toHaveLength(1);
	});

	test.each([
		[{}, true],
		[httpError('NotFound', 404), false],
	])('objectExists: S3 answers %s → %s', async (answer, exists) => {
		answers.HeadObjectCommand = answer;
		await expect(createS3Api().objectExists({region: 'us-east-1', bucketName: 'b', key: 'k'})).resolves.toBe(exists);
	});

	test('objectExists lets a refusal through rather than uploading blind', async () => {
		answers.HeadObjectCommand = httpError('Forbidden', 403);
		await expect(createS3Api().objectExists({region: 'us-east-1', bucketName: 'b', key: 'k'})).rejects.toThrow(
			'Forbidden',
		);
	});
});
