import type {CaptionBreak, CaptionBreakKind} from './caption-break-schema';
import {normaliseWord} from './french-break-rules';

export type ResolveCaptionBreaksInput = {
	/** The cue's words as paged (getWordTimings of the typeset cue). */
	texts: readonly string[];
	breaks: readonly CaptionBreak[];
};

/** A break override that names no place in the cue: which one, which field, and why. */
export type CaptionBreakProblem = {
	index: number;
	field: 'word' | 'occurrence' | 'position';
	value: unknown;
	message: string;
};

export type ResolveCaptionBreaksOutput = {
	/** Each break by the place it applies to: the gap after word i. */
	forced: Map<number, CaptionBreakKind>;
	problems: CaptionBreakProblem[];
};

const MAX_LISTED = 12;

/**
 * Finds each break's word in the cue (punctuation, quotes, apostrophe style and case aside)
 * and turns "before"/"after" into the place between two words. A word not in the cue, an
 * occurrence past its count, or a place outside the cue (before the first word, after the
 * last) is a problem that says what to write instead. Pure: the check validates with it,
 * the pages apply it.
 */
export const resolveCaptionBreaks = ({texts, breaks}: ResolveCaptionBreaksInput): ResolveCaptionBreaksOutput => {
	const forced = new Map<number, CaptionBreakKind>();
	const problems: CaptionBreakProblem[] = [];
	const words = texts.map(normaliseWord);
	breaks.forEach((entry, index) => {
		const wanted = normaliseWord(entry.word);
		const at = words.flatMap((word, i) => (word === wanted && wanted !== '' ? [i] : []));
		const occurrence = entry.occurrence ?? 1;
		if (at.length === 0) {
			const listed = [...new Set(words.filter((w) => w !== ''))];
			const choice = listed.slice(0, MAX_LISTED).join(', ') + (listed.length > MAX_LISTED ? ', …' : '');
			problems.push({
				index,
				field: 'word',
				value: entry.word,
				message: `is not a word of this cue; write one of: ${choice}`,
			});
			return;
		}
		const wordIndex = at[occurrence - 1];
		if (wordIndex === undefined) {
			const message = `is more than the times "${entry.word}" is in this cue (${at.length}); give a number from 1 to ${at.length}`;
			problems.push({index, field: 'occurrence', value: occurrence, message});
			return;
		}
		const position = entry.position ?? 'before';
		const gap = position === 'before' ? wordIndex - 1 : wordIndex;
		if (gap < 0 || gap >= texts.length - 1) {
			const edge =
				gap < 0 ? `before "${entry.word}", the cue's first word` : `after "${entry.word}", the cue's last word`;
			const other = gap < 0 ? 'after' : 'before';
			const message = `puts the break ${edge}, where a page always breaks; write "${other}" or name another word`;
			problems.push({index, field: 'position', value: position, message});
			return;
		}
		forced.set(gap, entry.break);
	});
	return {forced, problems};
};
