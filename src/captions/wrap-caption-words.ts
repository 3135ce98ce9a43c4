import {getLineText} from './get-line-text';
import type {CaptionLine, CaptionWord} from './types';

export type WrapCaptionWordsInput = {
	words: readonly CaptionWord[];
	/** Width of a line of text in px, as it will be drawn (font, size, weight). */
	measureWidth: (text: string) => number;
	maxLineWidthPx: number;
	maxCharsPerLine: number;
};

/** A word that opens a speaker's line, as getWordTimings writes it: the dash, a space, the word. */
const OPENS_DIALOGUE_LINE = /^[-–—] /;

/**
 * Fills lines greedily, word by word, while the line stays within both the character limit
 * and the measured width (a line of wide capitals can hit the width long before 32
 * characters). A speaker's dash always opens a new line; a word too long for any line
 * gets a line of its own rather than being cut or lost.
 */
export const wrapCaptionWords = ({
	words,
	measureWidth,
	maxLineWidthPx,
	maxCharsPerLine,
}: WrapCaptionWordsInput): CaptionLine[] => {
	const lines: CaptionLine[] = [];
	let line: CaptionLine = [];
	for (const word of words) {
		const candidate = getLineText({line: [...line, word]});
		const fits = [...candidate].length <= maxCharsPerLine && measureWidth(candidate) <= maxLineWidthPx;
		if (line.length > 0 && (!fits || OPENS_DIALOGUE_LINE.test(word.text))) {
			lines.push(line);
			line = [];
		}
		line.push(word);
	}
	if (line.length > 0) lines.push(line);
	return lines;
};
