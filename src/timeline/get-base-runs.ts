import type {BaseLayer, FrameLayers} from './frame-layers';

/** Consecutive output frames whose base ffmpeg draws in one go. */
export type BaseRun =
	| {type: 'footage'; src: string; fromSourceFrame: number; frames: number}
	| {
			type: 'backdrop';
			background: string;
			band: string;
			accent: string;
			fromFrame: number;
			durationInFrames: number;
			frames: number;
	  }
	| {type: 'fill'; color: string; frames: number};

/** Whether `next` carries on `run` by one frame. */
const continues = (run: BaseRun, next: BaseLayer): boolean => {
	if (run.type === 'footage' && next.type === 'footage') {
		return next.src === run.src && next.sourceFrame === run.fromSourceFrame + run.frames;
	}
	if (run.type === 'backdrop' && next.type === 'backdrop') {
		return (
			next.background === run.background &&
			next.band === run.band &&
			next.accent === run.accent &&
			next.durationInFrames === run.durationInFrames &&
			next.frame === run.fromFrame + run.frames
		);
	}
	return run.type === 'fill' && next.type === 'fill' && next.color === run.color;
};

const startRun = (base: BaseLayer): BaseRun => {
	switch (base.type) {
		case 'footage':
			return {type: 'footage', src: base.src, fromSourceFrame: base.sourceFrame, frames: 1};
		case 'backdrop': {
			const {frame, ...backdrop} = base;
			return {...backdrop, fromFrame: frame, frames: 1};
		}
		case 'fill':
			return {type: 'fill', color: base.color, frames: 1};
	}
};

/**
 * The bases of all frames as runs, in order. Under a whole frame (Chrome draws it all) the
 * base does not show: it joins whatever run it falls in, or starts a black fill. Pure.
 */
export const getBaseRuns = (frames: readonly FrameLayers[]): BaseRun[] => {
	const runs: BaseRun[] = [];
	for (const {base, overlay} of frames) {
		const last = runs[runs.length - 1];
		if (last && overlay.type === 'whole' && last.type === 'fill') {
			last.frames++;
			continue;
		}
		const wanted: BaseLayer = overlay.type === 'whole' ? {type: 'fill', color: '#000000'} : base;
		if (last && continues(last, wanted)) last.frames++;
		else runs.push(startRun(wanted));
	}
	return runs;
};
