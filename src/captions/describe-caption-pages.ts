import {CAPTION_SPECS} from './caption-specs';
import {getLineText} from './get-line-text';
import type {PageFlaw} from './get-page-flaws';
import type {PaginatedPage} from './paginate-captions';
import type {Segment} from './types';

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
	flaws: PageFlaw[];
};

export type CaptionPageTotals = {
	pages: number;
	orphanPages: number;
	forbiddenBreaks: number;
	unbalancedPages: number;
	shortPages: number;
	overridesNotKept: number;
};

export type DescribeCaptionPagesInput = {
	pages: readonly PaginatedPage[];
	/** The cut's segments in source time, as played (snapped to frames): to give source times. */
	segments: readonly Segment[];
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

const count = (rows: readonly CaptionPageRow[], rule: PageFlaw['rule']) =>
	rows.reduce((sum, row) => sum + row.flaws.filter((flaw) => flaw.rule === rule).length, 0);

/** Pure. The pages of a cut as rows an editor can read or a script can count, with the totals of each flaw. */
export const describeCaptionPages = ({
	pages,
	segments,
}: DescribeCaptionPagesInput): {pages: CaptionPageRow[]; totals: CaptionPageTotals} => {
	const rows = pages.map((page, i): CaptionPageRow => {
		const lines = page.lines.map((line) => getLineText({line}));
		const chars = lines.reduce((sum, line) => sum + [...line].length, 0);
		const durationMs = page.endMs - page.startMs;
		return {
			page: i + 1,
			cue: page.cue,
			startMs: round(page.startMs),
			endMs: round(page.endMs),
			sourceStartMs: round(toSource(segments, page.startMs)),
			sourceEndMs: round(toSource(segments, page.endMs)),
			lines,
			charsPerSecond: Math.round((chars / Math.max(durationMs / 1000, 0.001)) * 10) / 10,
			words: page.lines
				.flat()
				.map((word) => ({text: word.text, startMs: round(word.startMs), endMs: round(word.endMs)})),
			flaws: page.flaws,
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
		},
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
const plain = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

/** Pure. The rows as text: one block per page, the words with the time each lights up, flaws marked `!`. */
export const formatCaptionPages = (rows: readonly CaptionPageRow[]): string[] =>
	rows.flatMap((row) => [
		`  ${String(row.page).padStart(2)}  ${formatClock(row.startMs)}–${formatClock(row.endMs)}  (source ${formatClock(row.sourceStartMs)}–${formatClock(row.sourceEndMs)})  cue ${row.cue}  ${row.charsPerSecond.toFixed(1)} chars/s`,
		...row.lines.map((line) => `        │ ${plain(line)}`),
		`        words: ${row.words.map((word) => `${plain(word.text)} ${(word.startMs / 1000).toFixed(2)}`).join(' · ')}`,
		...row.flaws.map((flaw) => `        ! ${flaw.rule}: ${plain(flaw.message)}`),
	]);

/** Pure. `0 orphan pages, 0 forbidden breaks, …` for a summary line. */
export const formatCaptionTotals = (totals: CaptionPageTotals): string =>
	[
		`${totals.pages} page${totals.pages === 1 ? '' : 's'}`,
		`${totals.orphanPages} orphan page${totals.orphanPages === 1 ? '' : 's'}`,
		`${totals.forbiddenBreaks} forbidden break${totals.forbiddenBreaks === 1 ? '' : 's'}`,
		`${totals.unbalancedPages} unbalanced`,
		`${totals.shortPages} under ${CAPTION_SPECS.minDurationMs} ms`,
		...(totals.overridesNotKept > 0 ? [`${totals.overridesNotKept} overrides not kept`] : []),
	].join(', ');
