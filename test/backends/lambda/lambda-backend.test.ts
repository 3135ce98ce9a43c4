import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test, vi} from 'vitest';
import type {RenderCallbacks} from '../../../src/backends/backend';
import {getFramesPerLambda} from '../../../src/backends/lambda/get-frames-per-lambda';
import {getMediaKey} from '../../../src/backends/lambda/get-media-key';
import {createLambdaBackend} from '../../../src/backends/lambda/lambda-backend';
import type {Sleep} from '../../../src/backends/lambda/sleep';
import {makeFakeAws, SITE_BUCKET} from './fake-lambda-api';
import {makeTestJobs} from './make-test-jobs';

const CODE_HASH = 'c'.repeat(64);
const SITE = {
	id: 'cites-cccccccccccc',
	serveUrl: 'https://site.example/sites/cites-cccccccccccc/index.html',
	bucketName: SITE_BUCKET,
};
const MEDIA_BUCKET = 'cites-media-123456789012-eu-west-1';
const {assetsDir, job} = makeTestJobs();

const instantSleep = vi.fn<Sleep>(async () => undefined);

const setUp = ({aws = makeFakeAws({sites: [SITE]}), sleep = instantSleep as Sleep} = {}) => {
	const backend = createLambdaBackend({
		config: {region: 'eu-west-1'},
		assetsDir,
		codeHash: CODE_HASH,
		api: aws.api,
		sleep,
	});
	return {aws, backend};
};

const targets = () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'cites-lambda-'));
	return {video: path.join(dir, 'video.partial.mp4'), cover: path.join(dir, 'cover.partial.jpg')};
};

const callbacks = () => {
	const progress: [number, number][] = [];
	let cancel = () => undefined as void;
	const value: RenderCallbacks = {
		onProgress: (done, total) => progress.push([done, total]),
		registerCancel: (c) => void (cancel = c),
	};
	return {value, progress, cancel: () => cancel()};
};

describe('the Lambda backend, against a fake AWS', () => {
	test('its id carries the Remotion version of the function, as every content key does', () => {
		expect(setUp().backend.id).toBe('lambda:4.0.527');
		expect(JSON.parse(readFileSync('node_modules/@remotion/lambda/package.json', 'utf8')).version).toBe('4.0.527');
	});

	test('open() without a function of this version says to run the deploy', async () => {
		const {backend} = setUp({aws: makeFakeAws({functions: [], sites: [SITE]})});
		await expect(backend.open()).rejects.toThrow(
			'No Remotion Lambda function of version 4.0.527 in eu-west-1: run `npm run lambda:deploy` first',
		);
	});

	test('open() without the site of this code hash says to run the deploy', async () => {
		const other = {...SITE, id: 'cites-0123456789ab'};
		const {backend} = setUp({aws: makeFakeAws({sites: [other]})});
		await expect(backend.open()).rejects.toThrow(
			'No site "cites-cccccccccccc" for this code in eu-west-1 (never deployed, or the compositions changed since): run `npm run lambda:deploy` first',
		);
	});

	test('open() makes sure the private media bucket exists', async () => {
		const {aws, backend} = setUp();
		await backend.open();
		expect(aws.callsOf('ensurePrivateBucket')).toEqual([{region: 'eu-west-1', bucketName: MEDIA_BUCKET}]);
	});

	test('media go to the private bucket under their hash, once each, even for two jobs that share them', async () => {
		const {aws, backend} = setUp();
		await backend.open();
		const teaser = job('ep01-teaser');
		const trailer = job('ep01-trailer');
		const shared = teaser.media.filter((m) => trailer.media.some((t) => t.sha256 === m.sha256));
		expect(shared.map((m) => m.path)).toEqual(
			expect.arrayContaining(['footage/ep01.mp4', 'fonts/anton-latin-400-normal.woff2']),
		);
		await backend.render(teaser, targets(), callbacks().value);
		await backend.render(trailer, targets(), callbacks().value);
		const uploaded = aws.callsOf('uploadFile');
		const hashes = [...new Set([...teaser.media, ...trailer.media].map((m) => m.sha256))];
		expect(uploaded.map((u) => u.sha256).sort()).toEqual(hashes.sort());
		for (const upload of uploaded) {
			expect(upload.bucketName).toBe(MEDIA_BUCKET);
			expect(upload.key).toMatch(new RegExp(`^media/${upload.sha256}\\.[a-z0-9]+$`));
			expect(upload.file.startsWith(assetsDir)).toBe(true);
		}
		expect(aws.buckets.get(MEDIA_BUCKET)!.size).toBe(hashes.length);
		// Remembered in the process: the second job does not even ask S3 again.
		expect(aws.callsOf('objectExists')).toHaveLength(hashes.length);
	});

	test('a file already in the bucket is not uploaded again', async () => {
		const aws = makeFakeAws({sites: [SITE]});
		const header = job('ep02-header');
		aws.buckets.set(MEDIA_BUCKET, new Map(header.media.map((m) => [getMediaKey(m), m.sha256])));
		const {backend} = setUp({aws});
		await backend.open();
		await backend.render(header, targets(), callbacks().value);
		expect(header.media.length).toBeGreaterThan(0);
		expect(aws.callsOf('objectExists')).toHaveLength(header.media.length);
		expect(aws.callsOf('uploadFile')).toEqual([]);
	});

	test('renderMediaOnLambda gets presigned URLs in place of every media path, and every encoder setting', async () => {
		const {aws, backend} = setUp();
		await backend.open();
		const teaser = job('ep01-teaser');
		await backend.render(teaser, targets(), callbacks().value);
		const [input] = aws.callsOf('renderMedia');
		const sent = JSON.stringify(input!.inputProps);
		for (const media of teaser.media) {
			expect(sent).not.toContain(`"${media.path}"`);
			expect(sent).toContain(
				`https://${MEDIA_BUCKET}.s3.eu-west-1.amazonaws.com/${getMediaKey(media)}?X-Amz-Expires=3600`,
			);
		}
		expect(sent).not.toContain(assetsDir);
		// Nothing else in the props changed.
		const back = sent.replace(
			/https:\/\/[^"]+\/media\/([0-9a-f]{64})\.[a-z0-9]+\?[^"]*/g,
			(_url, sha: string) => teaser.media.find((m) => m.sha256 === sha)!.path,
		);
		expect(JSON.parse(back)).toEqual(teaser.inputProps);
		expect(teaser.inputProps).toMatchObject({footage: 'footage/ep01.mp4'});
		const {settings} = teaser;
		expect(input).toMatchObject({
			region: 'eu-west-1',
			functionName: 'remotion-render-4-0-527-mem2048mb-disk2048mb-240sec',
			serveUrl: SITE.serveUrl,
			composition: teaser.compositionId,
			privacy: 'private',
			codec: 'h264',
			crf: settings.crf ?? undefined,
			videoBitrate: settings.videoBitrate,
			x264Preset: 'veryfast',
			colorSpace: 'bt709',
			imageFormat: 'jpeg',
			jpegQuality: settings.jpegQuality,
			muted: settings.muted,
			scale: 0.5,
			framesPerLambda: getFramesPerLambda(teaser.durationInFrames),
		});
	});

	test('reports progress, downloads the video, then renders and downloads the cover still', async () => {
		const {aws, backend} = setUp({aws: makeFakeAws({sites: [SITE], totalFrames: 120})});
		await backend.open();
		const header = job('ep02-header');
		const target = targets();
		const watch = callbacks();
		await backend.render(header, target, watch.value);
		expect(watch.progress).toEqual([
			[0, 120],
			[60, 120],
			[120, 120],
		]);
		expect(readFileSync(target.video, 'utf8')).toBe('fake output of renders/render1/out.mp4');
		expect(aws.callsOf('renderStill')).toEqual([
			expect.objectContaining({
				composition: 'Header',
				frame: header.settings.cover!.frame,
				imageFormat: 'jpeg',
				jpegQuality: header.settings.cover!.jpegQuality,
				scale: 0.5,
				privacy: 'private',
				inputProps: aws.callsOf('renderMedia')[0]!.inputProps,
			}),
		]);
		expect(readFileSync(target.cover, 'utf8')).toMatch(/^fake output of renders\/still\d+\/out\.jpg$/);
	});

	test('a fatal error on Lambda fails the render with its first message, and nothing is downloaded', async () => {
		const aws = makeFakeAws({sites: [SITE]});
		const {backend} = setUp({aws});
		aws.api.getRenderProgress = async () => ({
			done: false,
			framesRendered: 12,
			fatalErrorEncountered: true,
			errors: [
				{message: 'delayRender() "Loading footage" was called but not cleared after 28000ms'},
				{message: 'second'},
			],
			outBucket: null,
			outKey: null,
		});
		await backend.open();
		const target = targets();
		await expect(backend.render(job('ep02-header'), target, callbacks().value)).rejects.toThrow(
			'Lambda render render1 failed: delayRender() "Loading footage" was called but not cleared after 28000ms',
		);
		expect(aws.callsOf('downloadFile')).toEqual([]);
		expect(existsSync(target.video)).toBe(false);
	});

	test('a rate-limit error is retried after a backoff, then the render goes on', async () => {
		const aws = makeFakeAws({sites: [SITE]});
		aws.failures.renderMedia = [Object.assign(new Error('Rate Exceeded.'), {name: 'TooManyRequestsException'})];
		aws.failures.getRenderProgress = [new Error('AWS Concurrency limit reached (Original Error: Rate Exceeded.)')];
		const sleep = vi.fn<Sleep>(async () => undefined);
		const {backend} = setUp({aws, sleep});
		await backend.open();
		const target = targets();
		await backend.render(job('ep02-header'), target, callbacks().value);
		expect(aws.callsOf('renderMedia')).toHaveLength(2);
		expect(sleep.mock.calls.map(([ms]) => ms)).toContain(1000);
		expect(existsSync(target.video)).toBe(true);
	});

	test('any other error is not retried', async () => {
		const aws = makeFakeAws({sites: [SITE]});
		aws.failures.renderMedia = [
			Object.assign(new Error('User is not authorized to perform: lambda:InvokeFunction'), {
				name: 'AccessDeniedException',
			}),
		];
		const sleep = vi.fn<Sleep>(async () => undefined);
		const {backend} = setUp({aws, sleep});
		await backend.open();
		await expect(backend.render(job('ep02-header'), targets(), callbacks().value)).rejects.toThrow(
			'User is not authorized to perform: lambda:InvokeFunction',
		);
		expect(aws.callsOf('renderMedia')).toHaveLength(1);
		expect(sleep).not.toHaveBeenCalled();
	});

	test('cancelling stops the polling, asks Lambda to stop, and rejects the render', async () => {
		const aws = makeFakeAws({sites: [SITE]});
		// Waits like the real sleep: until its time (never, here) or the cancel.
		const sleep: Sleep = (_ms, signal) =>
			new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
		const {backend} = setUp({aws, sleep});
		await backend.open();
		const watch = callbacks();
		const rendering = backend.render(job('ep02-header'), targets(), watch.value);
		await vi.waitFor(() => expect(aws.callsOf('getRenderProgress')).toHaveLength(1));
		watch.cancel();
		await expect(rendering).rejects.toThrow('The render of ep02-header on Lambda was cancelled');
		await vi.waitFor(() =>
			expect(aws.callsOf('cancelRender')).toEqual([
				{region: 'eu-west-1', bucketName: SITE_BUCKET, renderId: 'render1'},
			]),
		);
		expect(aws.callsOf('getRenderProgress')).toHaveLength(1);
		expect(aws.callsOf('downloadFile')).toEqual([]);
	});
});
