import {CAPTION_SPECS} from './caption-specs';
import type {Cue, Segment} from './types';

export type RetimeCuesInput = {
	cues: readonly Cue[];
	/** In and out points in source time; they play back to back in this order. */
	segments: readonly Segment[];
};

/**
 * Moves cues from the source's timeline onto the cut's. Each cue keeps the part inside each
 * segment, clipped at the cut; a cue across a cut yields one piece per segment (with its
 * `index` and `line`, so problems still point into the file). Pieces too short to read are dropped.
 */
export const retimeCues = ({cues, segments}: RetimeCuesInput): Cue[] => {
	segments.forEach(({startMs, endMs}, i) => {
		if (!(startMs >= 0 && endMs > startMs)) {
			throw new TypeError(
				`segments[${i}] = {startMs: ${startMs}, endMs: ${endMs}}: a segment needs 0 ≤ startMs < endMs; fix its in and out points`,
			);
		}
	});
	const pieces: Cue[] = [];
	let cutOffsetMs = 0;
	for (const segment of segments) {
		for (const cue of cues) {
			const startMs = Math.max(cue.startMs, segment.startMs);
			const endMs = Math.min(cue.endMs, segment.endMs);
			if (endMs - startMs < CAPTION_SPECS.minRetimedPieceMs) continue;
			const retime = (ms: number) => ms - segment.startMs + cutOffsetMs;
			pieces.push({
				...cue,
				startMs: retime(startMs),
				endMs: retime(endMs),
				// Words said outside the piece keep their place; getWordTimings clips them to it.
				...(cue.words && {
					words: cue.words.map((word) => ({...word, startMs: retime(word.startMs), endMs: retime(word.endMs)})),
				}),
			});
		}
		cutOffsetMs += segment.endMs - segment.startMs;
	}
	return pieces.sort((a, b) => a.startMs - b.startMs || a.index - b.index);
};
