import type {CaptionProblem, Cue} from './types';

export type GetCueOrderWarningsInput = {
	file: string;
	/** In the order of the file. */
	cues: readonly Cue[];
};

/**
 * Cues that start before the one written above them ('out-of-order'), and cues that start
 * before an earlier one ends ('overlap'). Both are kept and shown in time order, but they
 * are usually a typing mistake in the times, worth an editor's look.
 */
export const getCueOrderWarnings = ({file, cues}: GetCueOrderWarningsInput): CaptionProblem[] => {
	const warnings: CaptionProblem[] = [];
	cues.forEach((cue, i) => {
		const previous = cues[i - 1];
		if (previous && cue.startMs < previous.startMs) {
			warnings.push({
				file,
				line: cue.line,
				cue: cue.index,
				rule: 'out-of-order',
				severity: 'warning',
				message: `cue ${cue.index} starts before cue ${previous.index}, which comes first in the file; cues are shown in time order, check the times`,
			});
		}
	});
	let latest: Cue | undefined;
	for (const cue of [...cues].sort((a, b) => a.startMs - b.startMs || a.index - b.index)) {
		if (latest && cue.startMs < latest.endMs) {
			const overlapMs = Math.min(latest.endMs, cue.endMs) - cue.startMs;
			warnings.push({
				file,
				line: cue.line,
				cue: cue.index,
				rule: 'overlap',
				severity: 'warning',
				message: `cue ${cue.index} starts ${overlapMs} ms before cue ${latest.index} ends; both are kept and cue ${cue.index} waits for cue ${latest.index} to end — start it later or end cue ${latest.index} sooner`,
				measured: `${overlapMs} ms overlap`,
				limit: '0 ms',
			});
		}
		if (!latest || cue.endMs > latest.endMs) latest = cue;
	}
	return warnings.sort((a, b) => a.line - b.line);
};
