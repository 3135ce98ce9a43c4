import {getKindModule, KINDS, type KindRegistry} from '../../kinds/registry';
import type {RenderJob} from '../../kinds/render-job';
import {planLayers} from './layered/plan-layers';

/** How the local backend draws frames: `layered` (the default) or `reference` (every frame whole in Chrome). */
export const RENDERER_NAMES = ['layered', 'reference'] as const;
export type RendererName = (typeof RENDERER_NAMES)[number];

export type RenderStrategy = {
	renderer: RendererName;
	/** Frames Chrome captures, against the frames the asset has. */
	capturedFrames: number;
	outputFrames: number;
	/** Why a layered run draws this asset the reference way. */
	fallback: string | null;
};

/** What the local backend will do for a job, worked out from the job alone (the dry run shows it). Pure. */
export const getRenderStrategy = (
	job: Pick<RenderJob, 'kind' | 'inputProps' | 'durationInFrames'>,
	renderer: RendererName,
	kinds: KindRegistry = KINDS,
): RenderStrategy => {
	const reference = (fallback: string | null): RenderStrategy => ({
		renderer: 'reference',
		capturedFrames: job.durationInFrames,
		outputFrames: job.durationInFrames,
		fallback,
	});
	if (renderer === 'reference') return reference(null);
	const kind = getKindModule(job.kind, kinds);
	if (!kind.layers) return reference(`the ${job.kind} kind declares no layers`);
	// Before the browser has measured the captions: at most this many.
	const plan = planLayers(kind, job.inputProps, job.durationInFrames, null);
	return {renderer: 'layered', capturedFrames: plan.captures.length, outputFrames: plan.outputFrames, fallback: null};
};

/** The backend id that goes into content keys: the two renderers make slightly different pixels. */
export const getLocalBackendId = (renderer: RendererName): string =>
	renderer === 'layered' ? 'local:layered' : 'local';
