import type {RenderJob} from '../kinds/render-job';
import {diffInputs} from './get-content-key';
import type {Manifest} from './manifest';

export type PlannedJob = RenderJob & {action: 'render' | 'skip'; reason: string};

/**
 * Decides, per job, whether to render and why. Pure: the caller says which outputs
 * exist, so the plan needs no bundle, no browser, no probe.
 */
export const planRender = ({
	jobs,
	manifest,
	outputExists,
	force,
}: {
	jobs: readonly RenderJob[];
	manifest: Manifest | null;
	outputExists: (file: string, bytes: number | null) => boolean;
	force: boolean;
}): PlannedJob[] =>
	jobs.map((job) => {
		const previous = manifest?.assets.find((entry) => entry.id === job.id);
		const plan = (action: PlannedJob['action'], reason: string): PlannedJob => ({...job, action, reason});
		if (force) return plan('render', 'forced (--force)');
		if (!previous) return plan('render', 'not rendered yet');
		if (previous.status === 'failed') return plan('render', `failed last time: ${previous.error ?? 'QC failed'}`);
		if (
			!outputExists(previous.file, previous.bytes) ||
			(previous.cover !== null && !outputExists(previous.cover, null))
		) {
			return plan('render', 'output file missing or changed on disk');
		}
		if (previous.scale !== job.settings.scale)
			return plan('render', `rendered at scale ${previous.scale}, now ${job.settings.scale}`);
		if (previous.contentKey !== job.contentKey)
			return plan('render', `changed: ${diffInputs(previous.inputs, job.contentKeyInputs).join(', ')}`);
		if (!previous.qc.passed) return plan('render', 'failed QC last time');
		return plan('skip', 'up to date');
	});
