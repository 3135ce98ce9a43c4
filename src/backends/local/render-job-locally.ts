import {makeCancelSignal, renderMedia, selectComposition} from '@remotion/renderer';
import type {RenderJob} from '../../kinds/render-job';
import type {RenderCallbacks, RenderTarget} from '../backend';
import {renderCover} from './render-cover';
import {getSessionOptions, type RenderSession} from './render-session';

/** Renders one job (and its cover) with this machine's browser, to the target's paths. */
export const renderJobLocally = async ({
	session,
	job,
	target,
	concurrency,
	callbacks,
}: {
	session: RenderSession;
	job: RenderJob;
	target: RenderTarget;
	concurrency: number | null;
	callbacks: RenderCallbacks;
}): Promise<void> => {
	const {settings} = job;
	const options = getSessionOptions(session);
	const common = {...options, inputProps: job.inputProps};
	const {cancelSignal, cancel} = makeCancelSignal();
	callbacks.registerCancel(cancel);
	const composition = await selectComposition({...common, id: job.compositionId});
	await renderMedia({
		...common,
		composition,
		codec: settings.codec,
		crf: settings.crf,
		videoBitrate: settings.videoBitrate,
		colorSpace: settings.colorSpace,
		x264Preset: settings.x264Preset,
		imageFormat: settings.imageFormat,
		jpegQuality: settings.jpegQuality,
		muted: settings.muted,
		outputLocation: target.video,
		overwrite: true,
		concurrency,
		scale: settings.scale,
		cancelSignal,
		onProgress: ({renderedFrames}) => callbacks.onProgress(renderedFrames, composition.durationInFrames),
	});
	await renderCover({options, job, composition, output: target.cover, cancelSignal});
};
