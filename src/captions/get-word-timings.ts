import type {CaptionWord, Cue} from './types';

export type GetWordTimingsInput = {cue: Cue};

// Only breakable spaces separate words: U+00A0 and U+202F glue punctuation to its word
// ("vrai ?"), so the two never land on different lines or get highlighted apart.
const WORD_SEPARATOR = /[ \t]+/;
// A speaker's dash opens the line; alone it would be a "word" the highlight lands on.
const DIALOGUE_DASH = /^([-–—])[ \u00A0\u202F]+/;

/**
 * The cue's words, with the cue's time shared out by character count (subtitle files give no
 * word times, and longer words take longer to say). Words are contiguous: the first starts
 * at the cue's start, each starts where the previous ends, the last ends at the cue's end.
 */
export const getWordTimings = ({cue}: GetWordTimingsInput): CaptionWord[] => {
	const texts = cue.text.split('\n').flatMap((line) => {
		const dash = DIALOGUE_DASH.exec(line.trim());
		const rest = dash ? line.trim().slice(dash[0].length) : line;
		const words = rest.split(WORD_SEPARATOR).filter((word) => word !== '');
		if (dash && words[0] !== undefined) words[0] = `${dash[1]} ${words[0]}`;
		return words;
	});
	const lengths = texts.map((text) => [...text].length);
	const totalChars = lengths.reduce((sum, length) => sum + length, 0);
	const durationMs = cue.endMs - cue.startMs;
	let charsBefore = 0;
	return texts.map((text, i) => {
		const startMs = cue.startMs + (durationMs * charsBefore) / totalChars;
		charsBefore += lengths[i] ?? 0;
		const endMs = i === texts.length - 1 ? cue.endMs : cue.startMs + (durationMs * charsBefore) / totalChars;
		return {text, startMs, endMs};
	});
};
