import {CAPTION_SPECS} from './caption-specs';
import {type CaptionFlawRule, getFlawFix} from './get-flaw-fix';
import {getLineText} from './get-line-text';
import {getWordTimings} from './get-word-timings';
import type {PaginatedPage} from './paginate-captions';
import type {Cue, Segment} from './types';

/** A flaw of a page as editors get it: the paginator's, or a reading speed over the limit, with its fix. */
export type CaptionPageFlaw = {
	rule: CaptionFlawRule;
	message: string;
	word?: number;
	/** What to write in the campaign's caption overrides (or change) to lift it. */
	fix: string;
};

/** One page as an editor checks it: when (on the video and in the source), what, how fast. */
export type CaptionPageRow = {
	page: number;
	cue: number;
	startMs: number;
	endMs: number;
	/** The same times in the footage's own timeline (where the subtitle file's times are). */
	sourceStartMs: number;
	sourceEndMs: number;
	lines: string[];
	charsPerSecond: number;
	/** Each word and when it is highlighted, on the video's timeline. */
	words: Array<{text: string; startMs: number; endMs: number}>;
	flaws: CaptionPageFlaw[];
};

export type CaptionPageTotals = {
	pages: number;
	orphanPages: number;
	forbiddenBreaks: number;
	unbalancedPages: number;
	shortPages: number;
	overridesNotKept: number;
	/** Pages read faster than CAPTION_SPECS.maxCharsPerSecond. */
	overSpeedPages: number;
};

export type DescribeCaptionPagesInput = {
	pages: readonly PaginatedPage[];
	/** The cut's segments in source time, as played (snapped to frames): to give source times. */
	segments: readonly Segment[];
	/** The cues the pages were cut from: to name the words a fix moves. */
	cues: readonly Cue[];
	/** Where the cut starts on the asset's timeline (a trailer's clip): page times are given there. */
	offsetMs?: number;
};

const round = (ms: number) => Math.round(ms);

/** A time of the cut → the same moment of the source; a time on a cut belongs to the segment it ends. */
const toSource = (segments: readonly Segment[], ms: number): number => {
	let offsetMs = 0;
	for (const segment of segments) {
		const lengthMs = segment.endMs - segment.startMs;
		if (ms <= offsetMs + lengthMs) return segment.startMs + ms - offsetMs;
		offsetMs += lengthMs;
	}
	const last = segments[segments.length - 1];
	return last ? last.endMs + ms - offsetMs : ms;
};

const count = (rows: readonly CaptionPageRow[], rule: CaptionPageFlaw['rule']) =>
	rows.reduce((sum, row) => sum + row.flaws.filter((flaw) => flaw.rule === rule).length, 0);

/**
 * Pure. The pages of a cut as rows an editor can read or a script can count, each flaw with
 * its fix (a page read faster than CAPTION_SPECS.maxCharsPerSecond is one), and the totals.
 */
export const describeCaptionPages = ({
	pages,
	segments,
	cues,
	offsetMs = 0,
}: DescribeCaptionPagesInput): {pages: CaptionPageRow[]; totals: CaptionPageTotals} => {
	// A cue's words as paged, for the fixes to name them (the pieces of a cue cut in two share them).
	const textsOf = new Map<number, string[]>();
	const getTexts = (index: number): string[] => {
		if (!textsOf.has(index)) {
			const cue = cues.find((c) => c.index === index);
			textsOf.set(index, cue ? getWordTimings({cue}).map((w) => w.text) : []);
		}
		return textsOf.get(index)!;
	};
	const rows = pages.map((page, i): CaptionPageRow => {
		const lines = page.lines.map((line) => getLineText({line}));
		const chars = lines.reduce((sum, line) => sum + [...line].length, 0);
		const durationMs = page.endMs - page.startMs;
		const charsPerSecond = Math.round((chars / Math.max(durationMs / 1000, 0.001)) * 10) / 10;
		const range = [page.firstWord, page.firstWord + page.lines.flat().length] as const;
		const fixOf = (flaw: Omit<CaptionPageFlaw, 'fix'>) =>
			getFlawFix({rule: flaw.rule, cue: page.cue, texts: getTexts(page.cue), page: range, word: flaw.word});
		const speed =
			charsPerSecond > CAPTION_SPECS.maxCharsPerSecond
				? [
						{
							rule: 'reading-speed' as const,
							message: `reads at ${charsPerSecond.toFixed(1)} chars/s (${chars} characters in ${Math.round(durationMs)} ms), over ${CAPTION_SPECS.maxCharsPerSecond}`,
						},
					]
				: [];
		return {
			page: i + 1,
			cue: page.cue,
			startMs: round(offsetMs + page.startMs),
			endMs: round(offsetMs + page.endMs),
			sourceStartMs: round(toSource(segments, page.startMs)),
			sourceEndMs: round(toSource(segments, page.endMs)),
			lines,
			charsPerSecond,
			words: page.lines.flat().map((word) => ({
				text: word.text,
				startMs: round(offsetMs + word.startMs),
				endMs: round(offsetMs + word.endMs),
			})),
			flaws: [...page.flaws, ...speed].map((flaw) => ({...flaw, fix: fixOf(flaw)})),
		};
	});
	return {
		pages: rows,
		totals: {
			pages: rows.length,
			orphanPages: count(rows, 'orphan'),
			forbiddenBreaks: count(rows, 'forbidden-break'),
			unbalancedPages: count(rows, 'unbalanced'),
			shortPages: count(rows, 'too-short'),
			overridesNotKept: count(rows, 'override-not-kept'),
			overSpeedPages: count(rows, 'reading-speed'),
		},
	};
};

/** Pure. The totals of several cuts or assets, added up. */
export const addCaptionTotals = (all: readonly CaptionPageTotals[]): CaptionPageTotals => {
	const sum = (key: keyof CaptionPageTotals) => all.reduce((total, t) => total + t[key], 0);
	return {
		pages: sum('pages'),
		orphanPages: sum('orphanPages'),
		forbiddenBreaks: sum('forbiddenBreaks'),
		unbalancedPages: sum('unbalancedPages'),
		shortPages: sum('shortPages'),
		overridesNotKept: sum('overridesNotKept'),
		overSpeedPages: sum('overSpeedPages'),
	};
};

/** `1:02.500`: minutes, seconds and milliseconds, as editors read a timeline. */
export const formatClock = (ms: number): string => {
	const totalMs = Math.max(0, Math.round(ms));
	const minutes = Math.floor(totalMs / 60_000);
	const seconds = (totalMs % 60_000) / 1000;
	return `${minutes}:${seconds.toFixed(3).padStart(6, '0')}`;
};

/** What a terminal shows for a page's text: no-break spaces as plain ones. */
export const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

/** Pure. The rows as text: one block per page, the words with the time each lights up, flaws marked `!`. */
export const formatCaptionPages = (rows: readonly CaptionPageRow[]): string[] =>
	rows.flatMap((row) => [
		`  ${String(row.page).padStart(2)}  ${formatClock(row.startMs)}–${formatClock(row.endMs)}  (source ${formatClock(row.sourceStartMs)}–${formatClock(row.sourceEndMs)})  cue ${row.cue}  ${row.charsPerSecond.toFixed(1)} chars/s`,
		...row.lines.map((line) => `        │ ${plain(line)}`),
		`        words: ${row.words.map((word) => `${plain(word.text)} ${(word.startMs / 1000).toFixed(2)}`).join(' · ')}`,
		...row.flaws.map((flaw) => `        ! ${flaw.rule}: ${plain(flaw.message)}; ${plain(flaw.fix)}`),
	]);

/** Pure. `0 orphan pages, 0 forbidden breaks, …` for a summary line. */
export const formatCaptionTotals = (totals: CaptionPageTotals): string =>
	[
		`${totals.pages} page${totals.pages === 1 ? '' : 's'}`,
		`${totals.orphanPages} orphan page${totals.orphanPages === 1 ? '' : 's'}`,
		`${totals.forbiddenBreaks} forbidden break${totals.forbiddenBreaks === 1 ? '' : 's'}`,
		`${totals.unbalancedPages} unbalanced`,
		`${totals.shortPages} under ${CAPTION_SPECS.minDurationMs} ms`,
		`${totals.overSpeedPages} over ${CAPTION_SPECS.maxCharsPerSecond} chars/s`,
		...(totals.overridesNotKept > 0 ? [`${totals.overridesNotKept} overrides not kept`] : []),
	].join(', ');
