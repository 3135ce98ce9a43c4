import {type CellResult, cellProblem, cellValue, splitListCell} from './cell-result';

/** `0:07.884` for 7884 ms: minutes, seconds and milliseconds, as subtitle editors show them. */
export const formatTimeMs = (ms: number): string => {
	const minutes = Math.floor(ms / 60_000);
	const seconds = Math.floor((ms % 60_000) / 1000);
	return `${minutes}:${String(seconds).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};

type Range = {startMs: number; endMs: number; labelPosition?: string};

/** `0:00.000–0:07.884`, with an en dash; a trailer clip's label corner after it: `… @top-right`. */
export const formatRange = ({startMs, endMs, labelPosition}: Range): string =>
	`${formatTimeMs(startMs)}–${formatTimeMs(endMs)}${labelPosition === undefined ? '' : ` @${labelPosition}`}`;

/** Ranges in one cell, `; ` between them. */
export const formatRanges = (ranges: readonly Range[]): string => ranges.map(formatRange).join('; ');

const TIME = /^(?:(?:(\d+):)?(\d+):)?(\d+)(?:[.,](\d+))?$/;

const TIME_HELP = 'write minutes:seconds.milliseconds, e.g. 0:07.884 (or seconds alone, 7.884)';

/** `0:07.884`, `7.884`, `7,884` (French decimal comma), `1:02:03.5` → milliseconds. */
export const parseTimeMs = (text: string): {ok: true; ms: number} | {ok: false; message: string} => {
	const match = TIME.exec(text.trim());
	if (!match) return {ok: false, message: `"${text.trim()}" is not a time; ${TIME_HELP}`};
	const [, hours, minutes, seconds, fraction = ''] = match;
	if (fraction.length > 3) {
		return {ok: false, message: `"${text.trim()}" has more than 3 decimals; times are whole milliseconds`};
	}
	if (minutes !== undefined && Number(seconds) > 59) {
		return {ok: false, message: `"${text.trim()}" has ${seconds} seconds; after a minute, write 1:00`};
	}
	if (hours !== undefined && Number(minutes) > 59) {
		return {ok: false, message: `"${text.trim()}" has ${minutes} minutes; after an hour, write 1:00:00`};
	}
	const ms =
		(Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds)) * 1000 + Number(fraction.padEnd(3, '0'));
	return {ok: true, ms};
};

const DASH = /\s*(?:–|—|->|→|-)\s*/;

const LABEL = /\s+@(\S+)$/;

/** `0:00.000–0:07.884` (en dash, or a plain "-") → {startMs, endMs}; `… @top-right` adds a clip's label corner. */
export const parseRange = (text: string): {ok: true; value: Range} | {ok: false; message: string} => {
	const label = LABEL.exec(text.trim());
	const parts = text.trim().replace(LABEL, '').split(DASH);
	if (parts.length !== 2) {
		return {ok: false, message: `"${text.trim()}" is not a range; write start–end, e.g. 0:00.000–0:07.884`};
	}
	const start = parseTimeMs(parts[0]!);
	const end = parseTimeMs(parts[1]!);
	if (!start.ok) return start;
	if (!end.ok) return end;
	if (end.ms <= start.ms) {
		const fix =
			end.ms < start.ms
				? `; write the earlier time first: ${formatRange({startMs: end.ms, endMs: start.ms})}`
				: '; make the end later than the start';
		return {ok: false, message: `"${text.trim()}" does not end after it starts${fix}`};
	}
	const labelPosition = label ? {labelPosition: label[1]!} : {};
	return {ok: true, value: {startMs: start.ms, endMs: end.ms, ...labelPosition}};
};

/** A cell of ranges: `0:00.000–0:07.467; 0:15.026–0:22.320` → [{startMs, endMs}, …]; every bad range is named. */
export const readRangesCell = (text: string): CellResult => {
	const items = splitListCell(text);
	const parsed = items.map(parseRange);
	const bad = parsed.flatMap((result, n) => (result.ok ? [] : [`range ${n + 1}: ${result.message}`]));
	if (bad.length > 0) return cellProblem(bad.join('; '));
	return cellValue(parsed.map((result) => (result as {value: unknown}).value));
};

/** A cell of exactly one range. */
export const readRangeCell = (text: string): CellResult => {
	const items = splitListCell(text);
	if (items.length !== 1) {
		return cellProblem(`holds ${items.length} ranges; this column takes one, e.g. 0:07.730–0:11.120`);
	}
	const result = parseRange(items[0]!);
	return result.ok ? cellValue(result.value) : cellProblem(result.message);
};
