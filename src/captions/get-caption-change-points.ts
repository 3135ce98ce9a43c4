import {CAPTION_SPECS} from './caption-specs';
import {getWordTimings} from './get-word-timings';
import type {Cue} from './types';

/**
 * Every time (ms) at which burned-in captions can change: a word starts or ends (the
 * highlight moves, a page comes or goes), or a page is cut short to leave the gap before
 * the next one (spaceCaptionPages). Between two points the captions look the same, however
 * the words wrap into pages, so no font has to be measured to know it. Overlapping cues
 * are pushed around by the spacing in ways these points do not cover: then null.
 */
export const getCaptionChangePoints = (
	cues: readonly Cue[],
	minGapMs: number = CAPTION_SPECS.minGapMs,
): number[] | null => {
	const sorted = [...cues].sort((a, b) => a.startMs - b.startMs);
	const points: number[] = [];
	for (const [i, cue] of sorted.entries()) {
		const previous = sorted[i - 1];
		if (previous && cue.startMs < previous.endMs) return null;
		for (const word of getWordTimings({cue})) points.push(word.startMs, word.startMs - minGapMs, word.endMs);
	}
	return [...new Set(points)].sort((a, b) => a - b);
};
