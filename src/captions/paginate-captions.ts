import type {CaptionBreak} from './caption-break-schema';
import {CAPTION_SPECS} from './caption-specs';
import {getBreakRules} from './french-break-rules';
import {getLineText} from './get-line-text';
import {getPageFlaws, type PageFlaw} from './get-page-flaws';
import {getWordTimings} from './get-word-timings';
import {planCuePages} from './plan-cue-pages';
import {resolveCaptionBreaks} from './resolve-caption-breaks';
import {spaceCaptionPages} from './space-caption-pages';
import type {CaptionPage, Cue} from './types';

/** A cue as the pages take it: with the campaign's break overrides, if any. */
export type PagedCue = Cue & {breaks?: readonly CaptionBreak[]};

/**
 * A page, where its words come from (the cue's `index`, the cue's first word on the page)
 * and what a subtitler would send back about it (none, unless nothing better fits).
 */
export type PaginatedPage = CaptionPage & {cue: number; firstWord: number; flaws: PageFlaw[]};

export type PaginateCaptionsInput = {
	/** Cues on the video's timeline, typeset already (applyFrenchTypography). */
	cues: readonly PagedCue[];
	/** Width of a line of text in px, as it will be drawn (font, size, weight). */
	measureWidth: (text: string) => number;
	maxLineWidthPx: number;
	maxCharsPerLine?: number;
	maxLines?: number;
	minGapMs?: number;
	/** A page cut from a longer cue stays at least this long (Netflix: 5/6 s). */
	minDurationMs?: number;
};

/**
 * TikTok-style pages cut the way a French subtitler would (planCuePages with the French
 * break rules and the campaign's break overrides): lines within the character and pixel
 * limits, no lone word on a page, no break after an article or inside a name, a number
 * and its unit or « … », balanced lines, breaks at punctuation, then at pauses. A page
 * shows while its words are said, never mixes two cues, and pages are spaced so that
 * each change is seen (spaceCaptionPages). Pure: the browser and Node page alike.
 */
export const paginateCaptions = ({
	cues,
	measureWidth,
	maxLineWidthPx,
	maxCharsPerLine = CAPTION_SPECS.maxCharsPerLine,
	maxLines = CAPTION_SPECS.maxLines,
	minGapMs = CAPTION_SPECS.minGapMs,
	minDurationMs = CAPTION_SPECS.minDurationMs,
}: PaginateCaptionsInput): PaginatedPage[] => {
	if (!(Number.isInteger(maxLines) && maxLines >= 1) || !(Number.isInteger(maxCharsPerLine) && maxCharsPerLine >= 1)) {
		throw new TypeError(
			`paginateCaptions: maxLines = ${maxLines} and maxCharsPerLine = ${maxCharsPerLine} must be whole numbers ≥ 1`,
		);
	}
	const sorted = [...cues].sort((a, b) => a.startMs - b.startMs || a.index - b.index);
	const contexts: Array<Omit<Parameters<typeof getPageFlaws>[0], 'lines' | 'durationMs'>> = [];
	const pages = sorted.flatMap((cue, piece) => {
		const words = getWordTimings({cue});
		const texts = words.map((w) => w.text);
		const widths = new Map<string, boolean>();
		const fits = (from: number, to: number) => {
			const text = getLineText({line: words.slice(from, to)});
			let fit = widths.get(text);
			if (fit === undefined) {
				fit = [...text].length <= maxCharsPerLine && measureWidth(text) <= maxLineWidthPx;
				widths.set(text, fit);
			}
			return fit;
		};
		const rules = getBreakRules(texts, fits);
		const {forced} = resolveCaptionBreaks({texts, breaks: cue.breaks ?? []});
		contexts[piece] = {texts, rules, forced, minDurationMs};
		const plans = planCuePages({
			words,
			rules,
			forced,
			fits,
			maxLines,
			minDurationMs,
			minGapMs,
			maxCharsPerSecond: CAPTION_SPECS.maxCharsPerSecond,
		});
		return plans.flatMap(({lines}) => {
			const first = lines[0]?.[0] ?? 0;
			const last = lines[lines.length - 1]?.[1] ?? 0;
			const firstWord = words[first];
			const lastWord = words[last - 1];
			if (!firstWord || !lastWord) return [];
			return [
				{
					startMs: firstWord.startMs,
					endMs: lastWord.endMs,
					lines: lines.map(([from, to]) => words.slice(from, to)),
					cue: cue.index,
					firstWord: first,
					piece,
					ranges: lines,
				},
			];
		});
	});
	// Flaws are told from the pages as shown: after spacing, which may shorten a page.
	return spaceCaptionPages({pages, minGapMs}).map(({piece, ranges, ...page}) => {
		const context = contexts[piece];
		const durationMs = page.endMs - page.startMs;
		return {...page, flaws: context ? getPageFlaws({...context, lines: ranges, durationMs}) : []};
	});
};
