import {CAPTION_SPECS} from './caption-specs';
import {getWordTimings} from './get-word-timings';
import {spaceCaptionPages} from './space-caption-pages';
import type {CaptionPage, Cue} from './types';
import {wrapCaptionWords} from './wrap-caption-words';

export type PaginateCaptionsInput = {
	/** Cues on the video's timeline, typeset already (applyFrenchTypography). */
	cues: readonly Cue[];
	/** Width of a line of text in px, as it will be drawn (font, size, weight). */
	measureWidth: (text: string) => number;
	maxLineWidthPx: number;
	maxCharsPerLine?: number;
	maxLines?: number;
	minGapMs?: number;
};

/**
 * TikTok-style pages: each cue's words wrapped into lines that fit both the character and
 * the pixel limit, then cut into pages of at most `maxLines` lines at word boundaries; a
 * page shows while its words are said. A page never mixes two cues, and pages are spaced
 * so that each change is seen (spaceCaptionPages).
 */
export const paginateCaptions = ({
	cues,
	measureWidth,
	maxLineWidthPx,
	maxCharsPerLine = CAPTION_SPECS.maxCharsPerLine,
	maxLines = CAPTION_SPECS.maxLines,
	minGapMs = CAPTION_SPECS.minGapMs,
}: PaginateCaptionsInput): CaptionPage[] => {
	if (!(Number.isInteger(maxLines) && maxLines >= 1) || !(Number.isInteger(maxCharsPerLine) && maxCharsPerLine >= 1)) {
		throw new TypeError(
			`paginateCaptions: maxLines = ${maxLines} and maxCharsPerLine = ${maxCharsPerLine} must be whole numbers ≥ 1`,
		);
	}
	const sorted = [...cues].sort((a, b) => a.startMs - b.startMs || a.index - b.index);
	const pages = sorted.flatMap((cue) => {
		const words = getWordTimings({cue});
		const lines = wrapCaptionWords({words, measureWidth, maxLineWidthPx, maxCharsPerLine});
		const cuePages: CaptionPage[] = [];
		for (let i = 0; i < lines.length; i += maxLines) {
			const pageLines = lines.slice(i, i + maxLines);
			const firstWord = pageLines[0]?.[0];
			const lastLine = pageLines[pageLines.length - 1];
			const lastWord = lastLine?.[lastLine.length - 1];
			if (!firstWord || !lastWord) continue;
			cuePages.push({startMs: firstWord.startMs, endMs: lastWord.endMs, lines: pageLines});
		}
		return cuePages;
	});
	return spaceCaptionPages({pages, minGapMs});
};
