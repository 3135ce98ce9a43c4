import {getOffsetInZone} from '../campaign/get-offset-in-zone';
import {releaseAtSchema} from '../campaign/shared-schemas';
import {type CellResult, cellProblem, cellValue} from './cell-result';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
/** French spreadsheets write dates day first: 15/01/2027 18:00. */
const FRENCH_LOCAL = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})[:h](\d{2})(?::(\d{2}))?$/;

const two = (n: string | number) => String(n).padStart(2, '0');

/** A spreadsheet's date cell holds the wall-clock time it shows, as if it were UTC. */
export const formatDateCell = (date: Date): string =>
	`${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;

/** The wall-clock `YYYY-MM-DDTHH:MM:SS` with the offset its time zone has then. */
const withZoneOffset = (local: string, timeZone: string): string => {
	const guess = getOffsetInZone(`${local}Z`, timeZone);
	return `${local}${getOffsetInZone(`${local}${guess}`, timeZone)}`;
};

/**
 * `2027-01-15T18:00:00+01:00` as it is; a time without offset (`2027-01-15 18:00`,
 * `15/01/2027 18:00`, or a date cell) is in the series' time zone and gets its offset.
 */
export const readReleaseAtCell = (text: string, timeZone: string | null): CellResult => {
	const value = text.trim();
	if (WITH_OFFSET.test(value)) return cellValue(value);
	const iso = ISO_LOCAL.exec(value);
	const french = FRENCH_LOCAL.exec(value);
	const parts = iso
		? {year: iso[1]!, month: iso[2]!, day: iso[3]!, hour: iso[4]!, minute: iso[5]!, second: iso[6] ?? '00'}
		: french
			? {
					year: french[3]!,
					month: french[2]!,
					day: french[1]!,
					hour: french[4]!,
					minute: french[5]!,
					second: french[6] ?? '00',
				}
			: null;
	if (!parts) {
		return cellProblem(
			'is not a date and time; write it like 2027-01-15 18:00 (in the series time zone), 15/01/2027 18:00, or 2027-01-15T18:00:00+01:00',
		);
	}
	const local = `${parts.year}-${two(parts.month)}-${two(parts.day)}T${two(parts.hour)}:${parts.minute}:${parts.second}`;
	const impossible = releaseAtSchema.safeParse(`${local}Z`);
	if (!impossible.success) return cellProblem(impossible.error.issues[0]!.message);
	if (timeZone === null) {
		return cellProblem(
			'has no UTC offset, and the campaign has no valid series.timeZone to take it from; write it like 2027-01-15T18:00:00+01:00',
		);
	}
	return cellValue(withZoneOffset(local, timeZone));
};
