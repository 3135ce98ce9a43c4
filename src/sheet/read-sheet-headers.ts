import {EPISODE_COLUMNS, type EpisodeColumn} from './episode-columns';
import {getColumnLetter, type SheetProblem, type SheetTable} from './sheet-table';

/** A column the team may add for themselves: import reads nothing from it. */
export const NOTES_HEADER = 'notes';

export type HeaderMap = {
	/** For each column of the sheet (by index), the campaign column it holds; null when it is not read. */
	columns: (EpisodeColumn | null)[];
	problems: SheetProblem[];
};

const normalise = (header: string) => header.trim().toLowerCase();

/** The known header nearest to a misspelt one (fewest edits), when it is near enough to be a typo. */
const findNearest = (header: string, known: readonly string[]): string | null => {
	const distance = (a: string, b: string) => {
		let previous = Array.from({length: b.length + 1}, (_, n) => n);
		for (let i = 1; i <= a.length; i++) {
			const current = [i];
			for (let j = 1; j <= b.length; j++) {
				current[j] = Math.min(
					previous[j]! + 1,
					current[j - 1]! + 1,
					previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
				);
			}
			previous = current;
		}
		return previous[b.length]!;
	};
	const ranked = known.map((name) => ({name, d: distance(normalise(header), name.toLowerCase())}));
	const best = ranked.sort((a, b) => a.d - b.d)[0];
	return best && best.d <= Math.max(2, Math.floor(best.name.length / 4)) ? best.name : null;
};

/**
 * Matches the header row (row 1) to the campaign's columns, in any order and any case.
 * Every column export writes must be there (an empty cell is how a field is left out), each
 * once; a column with another header is an error, except `notes`.
 */
export const readSheetHeaders = (table: SheetTable, known: readonly EpisodeColumn[] = EPISODE_COLUMNS): HeaderMap => {
	const at = (index: number | null, message: string, header?: string): SheetProblem => ({
		file: table.file,
		sheet: table.sheet,
		row: 1,
		column: index === null ? null : {header: header ?? table.headers[index] ?? '', letter: getColumnLetter(index)},
		message,
	});
	const problems: SheetProblem[] = [];
	const byName = new Map(known.map((column) => [column.header.toLowerCase(), column]));
	const seen = new Map<string, number>();
	const columns = table.headers.map((header, index): EpisodeColumn | null => {
		const name = normalise(header);
		if (name === NOTES_HEADER) return null;
		if (name === '') {
			const used = table.rows.some(
				({cells}) => cells[index] !== null && cells[index] !== undefined && cells[index] !== '',
			);
			if (used)
				problems.push(
					at(index, 'holds values but has no header; give it one of the campaign headers, or clear the column'),
				);
			return null;
		}
		const column = byName.get(name);
		if (!column) {
			const nearest = findNearest(
				header,
				known.map((c) => c.header),
			);
			const fix = nearest
				? `rename it "${nearest}"`
				: `rename it to a campaign column (${known.map((c) => c.header).join(', ')}), or "${NOTES_HEADER}" for your own notes`;
			problems.push(at(index, `is not a campaign column; ${fix}, or remove it`));
			return null;
		}
		const first = seen.get(column.header);
		if (first !== undefined) {
			problems.push(at(index, `repeats column ${getColumnLetter(first)}; keep one of the two`));
			return null;
		}
		seen.set(column.header, index);
		return column;
	});
	for (const column of known) {
		if (seen.has(column.header)) continue;
		problems.push({
			...at(
				null,
				`the column "${column.header}" is missing; add it to row 1 (cells: ${column.help}; leave a cell empty to leave the field out)`,
			),
			column: null,
		});
	}
	return {columns, problems};
};
