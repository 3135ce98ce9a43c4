import type {AnyKindModule} from '../../../kinds/asset-kind';
import type {LayerHints} from '../../../timeline/frame-layers';
import {type BaseRun, getBaseRuns} from '../../../timeline/get-base-runs';
import {type CapturePlan, planCaptures} from '../../../timeline/plan-captures';

export type LayerPlan = CapturePlan & {runs: BaseRun[]; outputFrames: number};

/** What the layered renderer does for one asset: Chrome's captures and ffmpeg's bases. Pure. */
export const planLayers = (
	kind: AnyKindModule,
	props: Record<string, unknown>,
	durationInFrames: number,
	hints: LayerHints | null,
): LayerPlan => {
	if (!kind.layers) throw new TypeError(`The ${kind.compositionId} kind declares no layers`);
	const frames = kind.layers(props, durationInFrames, hints);
	return {...planCaptures(frames), runs: getBaseRuns(frames), outputFrames: durationInFrames};
};
