import type {RenderJob} from '../../kinds/render-job';
import type {RenderCallbacks, RenderTarget} from '../backend';
import type {LambdaSession} from './lambda-session';
import {pollRenderProgress} from './poll-render-progress';
import {raceAbort} from './race-abort';
import {startMediaRender} from './start-media-render';
import {withRateLimitRetry} from './with-rate-limit-retry';

/**
 * One job on Lambda: its media to the private bucket, presigned URLs in a copy of its
 * props, renderMediaOnLambda, progress polled, the output downloaded to the target; then
 * the cover still, the same way. Cancelling stops the polling, asks Lambda to stop the
 * render, and rejects at once.
 */
export const renderJobOnLambda = ({
	session,
	job,
	target,
	callbacks,
}: {
	session: LambdaSession;
	job: RenderJob;
	target: RenderTarget;
	callbacks: RenderCallbacks;
}): Promise<void> => {
	const controller = new AbortController();
	callbacks.registerCancel(() => controller.abort(new Error(`The render of ${job.id} on Lambda was cancelled`)));
	const {signal} = controller;
	const {api, region, sleep} = session;
	const work = async () => {
		const {renderId, bucketName, shared} = await startMediaRender({session, job, signal});
		let output;
		try {
			output = await pollRenderProgress({
				...session,
				bucketName,
				renderId,
				totalFrames: job.durationInFrames,
				onProgress: callbacks.onProgress,
				signal,
				intervalMs: session.pollIntervalMs,
			});
		} catch (error) {
			// Stop paying for a render nobody will download.
			if (signal.aborted) await api.cancelRender({region, bucketName, renderId}).catch(() => undefined);
			throw error;
		}
		await api.downloadFile({region, ...output, outPath: target.video, signal});
		const {cover, scale} = job.settings;
		if (!cover || !target.cover) return;
		const still = await withRateLimitRetry(
			() =>
				api.renderStill({...shared, frame: cover.frame, imageFormat: 'jpeg', jpegQuality: cover.jpegQuality, scale}),
			{sleep, signal},
		);
		signal.throwIfAborted();
		await api.downloadFile({region, bucketName: still.bucketName, key: still.outKey, outPath: target.cover, signal});
	};
	return raceAbort(work(), signal);
};
