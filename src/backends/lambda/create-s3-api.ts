import {createReadStream, createWriteStream} from 'node:fs';
import type {Readable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import {getAwsClient, presignUrl} from '@remotion/lambda-client';
import type {AwsRegion} from '@remotion/lambda-client/regions';
import {getMediaContentType} from './get-media-content-type';
import type {LambdaApi} from './lambda-api';
import {BLOCK_ALL_PUBLIC_ACCESS, MEDIA_CORS_RULE} from './private-bucket-settings';

type S3Part = Pick<
	LambdaApi,
	'getAccountId' | 'ensurePrivateBucket' | 'objectExists' | 'uploadFile' | 'presignGetUrl' | 'downloadFile'
>;

const isNotFound = (error: unknown) =>
	error instanceof Error &&
	(error.name === 'NotFound' ||
		error.name === 'NoSuchKey' ||
		(error as {$metadata?: {httpStatusCode?: number}}).$metadata?.httpStatusCode === 404);

/**
 * The S3 side, with Remotion's credentials (getAwsClient reads REMOTION_AWS_* like every
 * Remotion call). Every request names this account as the expected bucket owner, so
 * footage never goes to a bucket someone else created under our name.
 */
export const createS3Api = (): S3Part => {
	const s3 = (region: AwsRegion) => getAwsClient({region, service: 's3'});
	const accounts = new Map<AwsRegion, Promise<string>>();
	const getAccountId: S3Part['getAccountId'] = ({region}) => {
		let account = accounts.get(region);
		if (!account) {
			const {client, sdk} = getAwsClient({region, service: 'sts'});
			account = client.send(new sdk.GetCallerIdentityCommand({})).then(({Account}) => {
				if (!Account) throw new Error('AWS STS did not say which account these credentials belong to');
				return Account;
			});
			accounts.set(region, account);
		}
		return account;
	};
	const owner = async (region: AwsRegion) => ({ExpectedBucketOwner: await getAccountId({region})});

	return {
		getAccountId,
		ensurePrivateBucket: async ({region, bucketName}) => {
			const {client, sdk} = s3(region);
			const expected = await owner(region);
			let created = false;
			try {
				await client.send(new sdk.HeadBucketCommand({Bucket: bucketName, ...expected}));
			} catch (error) {
				if (!isNotFound(error)) throw error;
				await client.send(
					new sdk.CreateBucketCommand({
						Bucket: bucketName,
						ObjectOwnership: 'BucketOwnerEnforced',
						...(region === 'us-east-1' ? {} : {CreateBucketConfiguration: {LocationConstraint: region}}),
					}),
				);
				created = true;
			}
			await client.send(
				new sdk.PutPublicAccessBlockCommand({
					Bucket: bucketName,
					...expected,
					PublicAccessBlockConfiguration: BLOCK_ALL_PUBLIC_ACCESS,
				}),
			);
			await client.send(
				new sdk.PutBucketCorsCommand({
					Bucket: bucketName,
					...expected,
					CORSConfiguration: {CORSRules: [MEDIA_CORS_RULE]},
				}),
			);
			return {created};
		},
		objectExists: async ({region, bucketName, key}) => {
			const {client, sdk} = s3(region);
			try {
				await client.send(new sdk.HeadObjectCommand({Bucket: bucketName, Key: key, ...(await owner(region))}));
				return true;
			} catch (error) {
				if (isNotFound(error)) return false;
				throw error;
			}
		},
		uploadFile: async ({region, bucketName, key, file, sha256, bytes, signal}) => {
			const {client, sdk} = s3(region);
			await client.send(
				new sdk.PutObjectCommand({
					Bucket: bucketName,
					Key: key,
					Body: createReadStream(file),
					ContentLength: bytes,
					ContentType: getMediaContentType(key),
					// S3 refuses the upload if the bytes are not those the job was hashed from.
					ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
					...(await owner(region)),
				}),
				{abortSignal: signal},
			);
		},
		presignGetUrl: ({region, bucketName, key, expiresInSeconds}) =>
			presignUrl({region, bucketName, objectKey: key, expiresInSeconds}),
		downloadFile: async ({region, bucketName, key, outPath, signal}) => {
			const {client, sdk} = s3(region);
			const {Body} = await client.send(
				new sdk.GetObjectCommand({Bucket: bucketName, Key: key, ...(await owner(region))}),
				{abortSignal: signal},
			);
			if (!Body) throw new Error(`s3://${bucketName}/${key} has no content`);
			await pipeline(Body as Readable, createWriteStream(outPath), {signal});
		},
	};
};
