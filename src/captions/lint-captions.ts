import {CAPTION_SPECS} from './caption-specs';
import type {CaptionProblem, Cue} from './types';

export type LintCaptionsInput = {
	file: string;
	cues: readonly Cue[];
	maxCharsPerLine?: number;
};

const {maxCharsPerSecond, errorCharsPerSecond, minDurationMs, maxDurationMs, minGapMs} = CAPTION_SPECS;

/**
 * Checks each cue against the caption rules of src/captions/caption-specs.ts (Netflix FR numbers) and says what
 * to change. Everything is a warning (paging copes) except a reading speed above 20 chars/s,
 * which nobody can read.
 */
export const lintCaptions = ({
	file,
	cues,
	maxCharsPerLine = CAPTION_SPECS.maxCharsPerLine,
}: LintCaptionsInput): CaptionProblem[] => {
	const problems: CaptionProblem[] = [];
	const sorted = [...cues].sort((a, b) => a.startMs - b.startMs || a.index - b.index);
	sorted.forEach((cue, i) => {
		const add = (p: Omit<CaptionProblem, 'file' | 'line' | 'cue' | 'severity'> & {severity?: 'error' | 'warning'}) =>
			problems.push({file, line: cue.line, cue: cue.index, severity: 'warning', ...p});
		const name = `cue ${cue.index}`;
		const durationMs = cue.endMs - cue.startMs;
		// Line breaks are layout, not reading: they do not count.
		const chars = cue.text.split('\n').reduce((sum, line) => sum + [...line].length, 0);
		const charsPerSecond = chars / (durationMs / 1000);
		if (charsPerSecond > maxCharsPerSecond) {
			const neededMs = Math.ceil((chars / maxCharsPerSecond) * 1000);
			add({
				rule: 'reading-speed',
				// 17 chars/s is Netflix FR's limit; the 20 chars/s error threshold is ours (caption-specs.ts).
				severity: charsPerSecond > errorCharsPerSecond ? 'error' : 'warning',
				message: `${name} reads at ${charsPerSecond.toFixed(1)} chars/s (${chars} characters in ${Math.round(durationMs)} ms), over ${maxCharsPerSecond}; shorten the text or lengthen the cue to at least ${neededMs} ms`,
				measured: `${charsPerSecond.toFixed(1)} chars/s`,
				limit: `${maxCharsPerSecond} chars/s`,
			});
		}
		if (durationMs < minDurationMs) {
			add({
				rule: 'min-duration',
				message: `${name} is on screen for ${Math.round(durationMs)} ms, under ${minDurationMs} ms; lengthen it to at least ${minDurationMs} ms or merge it with a neighbour`,
				measured: `${Math.round(durationMs)} ms`,
				limit: `${minDurationMs} ms`,
			});
		}
		if (durationMs > maxDurationMs) {
			add({
				rule: 'max-duration',
				message: `${name} is on screen for ${Math.round(durationMs)} ms, over ${maxDurationMs} ms; split it into two cues or shorten it to at most ${maxDurationMs} ms`,
				measured: `${Math.round(durationMs)} ms`,
				limit: `${maxDurationMs} ms`,
			});
		}
		// Paging re-wraps long lines and splits long cues into pages
		// (whose time follows from the reading speed); lint only what paging cannot fix.
		// reduce, not Math.max(...): spreading 200,000 words overflows the call stack.
		const longestWord = cue.text.split(/\s+/).reduce((longest, word) => Math.max(longest, [...word].length), 0);
		if (longestWord > maxCharsPerLine) {
			add({
				rule: 'line-length',
				message: `${name} has a word of ${longestWord} characters, longer than a caption line (${maxCharsPerLine}); break or shorten it`,
				measured: `${longestWord} chars`,
				limit: `${maxCharsPerLine} chars`,
			});
		}
		const next = sorted[i + 1];
		const gapMs = next ? next.startMs - cue.endMs : Infinity;
		if (next && gapMs < minGapMs) {
			const what =
				gapMs < 0
					? `overlaps cue ${next.index} by ${Math.round(-gapMs)} ms`
					: `ends ${Math.round(gapMs)} ms before cue ${next.index}`;
			add({
				rule: 'min-gap',
				message: `${name} ${what}, under the ${minGapMs} ms gap (2 frames); end it by ${Math.round(next.startMs - minGapMs)} ms (paging does this for you, shortening it)`,
				measured: `${Math.round(gapMs)} ms`,
				limit: `${minGapMs} ms`,
			});
		}
	});
	return problems;
};
