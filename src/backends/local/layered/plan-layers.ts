import type {AnyKindModule} from '../../../kinds/asset-kind';
import type {LayerHints} from '../../../timeline/frame-layers';
import {type BaseRun, getBaseRuns} from '../../../timeline/get-base-runs';
import {type CapturePlan, planCaptures} from '../../../timeline/plan-captures';
import {planTransitions, type TransitionPlan} from '../../../timeline/plan-transitions';

export type LayerPlan = CapturePlan & {runs: BaseRun[]; transitions: TransitionPlan[]; outputFrames: number};

/** What the layered renderer does for one asset: Chrome's captures, ffmpeg's bases and transitions. Pure. */
export const planLayers = (
	kind: AnyKindModule,
	props: Record<string, unknown>,
	durationInFrames: number,
	hints: LayerHints | null,
): LayerPlan => {
	if (!kind.layers) throw new TypeError(`The ${kind.compositionId} kind declares no layers`);
	const frames = kind.layers(props, durationInFrames, hints);
	const captures = planCaptures(frames);
	return {
		...captures,
		runs: getBaseRuns(frames),
		transitions: planTransitions(frames, captures.enteringCaptureOfFrame),
		outputFrames: durationInFrames,
	};
};
