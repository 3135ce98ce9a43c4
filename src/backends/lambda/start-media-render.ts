import type {RenderJob} from '../../kinds/render-job';
import {getFramesPerLambda} from './get-frames-per-lambda';
import type {LambdaSession} from './lambda-session';
import {replaceMediaPaths} from './replace-media-paths';
import {stageJobMedia} from './stage-job-media';
import {withRateLimitRetry} from './with-rate-limit-retry';

/**
 * Stages a job's media and starts renderMediaOnLambda with every encoder setting of the
 * job; returns the render's id and the options a still of the same job shares.
 */
export const startMediaRender = async ({
	session,
	job,
	signal,
}: {
	session: LambdaSession;
	job: RenderJob;
	signal: AbortSignal;
}) => {
	const {api, region, functionName, serveUrl, sleep} = session;
	const urls = await stageJobMedia({...session, bucketName: session.mediaBucket, media: job.media, signal});
	signal.throwIfAborted();
	const {settings} = job;
	const shared = {
		region,
		functionName,
		serveUrl,
		composition: job.compositionId,
		inputProps: replaceMediaPaths(job.inputProps, urls),
		privacy: 'private',
		logLevel: 'error',
	} as const;
	const started = await withRateLimitRetry(
		() =>
			api.renderMedia({
				...shared,
				codec: settings.codec,
				crf: settings.crf ?? undefined,
				videoBitrate: settings.videoBitrate,
				x264Preset: settings.x264Preset,
				colorSpace: settings.colorSpace,
				imageFormat: settings.imageFormat,
				jpegQuality: settings.jpegQuality,
				muted: settings.muted,
				scale: settings.scale,
				framesPerLambda: getFramesPerLambda(job.durationInFrames),
				enableCancellation: true,
			}),
		{sleep, signal},
	);
	return {...started, shared};
};
