import {type makeCancelSignal, renderStill, selectComposition} from '@remotion/renderer';
import type {VideoConfig} from 'remotion';
import type {RenderJob} from '../../kinds/render-job';
import type {SessionOptions} from './render-session';

/**
 * The job's cover, a JPEG still of its own composition at the cover's frame, to `output`;
 * nothing when the job or the target has none. The composition is selected here unless given.
 */
export const renderCover = async ({
	options,
	job,
	composition,
	output,
	cancelSignal,
}: {
	options: SessionOptions;
	job: RenderJob;
	composition?: VideoConfig;
	output: string | null | undefined;
	cancelSignal: ReturnType<typeof makeCancelSignal>['cancelSignal'];
}): Promise<void> => {
	const {cover, scale} = job.settings;
	if (!cover || !output) return;
	const inputProps = job.inputProps;
	await renderStill({
		...options,
		inputProps,
		composition: composition ?? (await selectComposition({...options, id: job.compositionId, inputProps})),
		frame: cover.frame,
		output,
		imageFormat: 'jpeg',
		jpegQuality: cover.jpegQuality,
		overwrite: true,
		scale,
		cancelSignal,
	});
};
