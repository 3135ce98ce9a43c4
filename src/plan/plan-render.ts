import type {AssetRef} from './list-campaign-assets';
import type {InputKey} from './get-content-key';
import {diffInputs} from './get-content-key';
import type {Manifest} from './manifest';

export type PlannedAsset = AssetRef & {
	action: 'render' | 'skip';
	reason: string;
	inputKey: string;
	inputs: Record<string, string>;
	props: Record<string, unknown>;
	estimatedFrames: number;
};

export type PlanInput = AssetRef & {key: InputKey; props: Record<string, unknown>; estimatedFrames: number};

/**
 * Decides, per asset, whether to render and why. Pure: the caller says which outputs
 * exist, so the plan needs no bundle, no browser, no probe.
 */
export const planRender = ({
	assets,
	manifest,
	outputExists,
	force,
	scale,
}: {
	assets: readonly PlanInput[];
	manifest: Manifest | null;
	outputExists: (file: string, bytes: number | null) => boolean;
	force: boolean;
	scale: number;
}): PlannedAsset[] =>
	assets.map(({key, ...asset}) => {
		const previous = manifest?.assets.find((entry) => entry.id === asset.id);
		const plan = (action: PlannedAsset['action'], reason: string): PlannedAsset => ({
			...asset,
			action,
			reason,
			inputKey: key.key,
			inputs: key.inputs,
		});
		if (force) return plan('render', 'forced (--force)');
		if (!previous) return plan('render', 'not rendered yet');
		if (previous.status === 'failed') return plan('render', `failed last time: ${previous.error ?? 'QC failed'}`);
		if (
			!outputExists(previous.file, previous.bytes) ||
			(previous.cover !== null && !outputExists(previous.cover, null))
		) {
			return plan('render', 'output file missing or changed on disk');
		}
		if (previous.scale !== scale) return plan('render', `rendered at scale ${previous.scale}, now ${scale}`);
		if (previous.inputKey !== key.key)
			return plan('render', `changed: ${diffInputs(previous.inputs, key.inputs).join(', ')}`);
		if (!previous.qc.passed) return plan('render', 'failed QC last time');
		return plan('skip', 'up to date');
	});
