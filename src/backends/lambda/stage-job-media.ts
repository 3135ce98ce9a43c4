import path from 'node:path';
import type {AwsRegion} from '@remotion/lambda-client/regions';
import type {JobMedia} from '../../kinds/render-job';
import {getMediaKey} from './get-media-key';
import type {LambdaApi} from './lambda-api';

/**
 * How long a media URL stays valid: the whole render (a 240 s function timeout, Remotion's
 * retries of a chunk, the cover after the video) with room to spare, and no longer.
 */
export const MEDIA_URL_EXPIRY_SECONDS = 60 * 60;

/** Uploads in flight or done, by key: a batch uploads each file once, even two jobs at once. */
export type UploadCache = Map<string, Promise<void>>;

const ensureUploaded = ({
	api,
	region,
	bucketName,
	assetsDir,
	media,
	uploads,
	signal,
}: {
	api: LambdaApi;
	region: AwsRegion;
	bucketName: string;
	assetsDir: string;
	media: JobMedia;
	uploads: UploadCache;
	signal: AbortSignal;
}): Promise<void> => {
	const key = getMediaKey(media);
	let upload = uploads.get(key);
	if (!upload) {
		upload = (async () => {
			if (await api.objectExists({region, bucketName, key})) return;
			await api.uploadFile({
				region,
				bucketName,
				key,
				file: path.join(assetsDir, media.path),
				sha256: media.sha256,
				bytes: media.bytes,
				signal,
			});
		})();
		// A failed upload is tried again by the next job, not remembered as done.
		upload.catch(() => uploads.delete(key));
		uploads.set(key, upload);
	}
	return upload;
};

/**
 * Puts a job's media in the private bucket under their content hash (skipped when there
 * already) and returns a presigned GET URL for each media path.
 */
export const stageJobMedia = async ({
	media,
	...rest
}: {
	api: LambdaApi;
	region: AwsRegion;
	bucketName: string;
	assetsDir: string;
	media: readonly JobMedia[];
	uploads: UploadCache;
	signal: AbortSignal;
}): Promise<Map<string, string>> => {
	const {api, region, bucketName} = rest;
	const entries = await Promise.all(
		media.map(async (file) => {
			await ensureUploaded({...rest, media: file});
			const url = await api.presignGetUrl({
				region,
				bucketName,
				key: getMediaKey(file),
				expiresInSeconds: MEDIA_URL_EXPIRY_SECONDS,
			});
			return [file.path, url] as const;
		}),
	);
	return new Map(entries);
};
