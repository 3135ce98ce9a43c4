import {quoteText} from '../campaign/campaign-error';

/** A cell as a CSV or XLSX file gives it. */
export type SheetCell = string | number | boolean | Date | null;

/** One sheet read from a file: the header row (row 1) and the rows below it, numbered as a spreadsheet shows them. */
export type SheetTable = {
	/** The file, as given (for messages). */
	file: string;
	/** The worksheet's name in an XLSX file; null for a CSV file. */
	sheet: string | null;
	headers: string[];
	rows: {row: number; cells: SheetCell[]}[];
};

/** One thing wrong with a sheet, said so that the social team can fix it in their spreadsheet program. */
export type SheetProblem = {
	file: string;
	sheet: string | null;
	/** Row number as the spreadsheet shows it (the headers are row 1); null for the sheet as a whole. */
	row: number | null;
	/** The episode the row is about, when known. */
	episode?: number | null;
	/** The column's header, and its letter (A, B, … AA); null for the whole row. */
	column: {header: string; letter: string} | null;
	/** The cell as written; undefined when it is empty or the problem is not one cell's. */
	value?: string;
	message: string;
};

/** A, B, … Z, AA, AB: the spreadsheet's name of a column (0 is A). */
export const getColumnLetter = (index: number): string => {
	let n = index + 1;
	let letters = '';
	while (n > 0) {
		const rest = (n - 1) % 26;
		letters = String.fromCharCode(65 + rest) + letters;
		n = Math.floor((n - 1) / 26);
	}
	return letters;
};

const MAX_VALUE_LENGTH = 60;

/** `episodes.csv, row 4 (episode 3), column L "trailer.hook" = "…": message`, one line. */
export const formatSheetProblem = (problem: SheetProblem): string => {
	const where = [problem.sheet === null ? problem.file : `${problem.file}, sheet ${quoteText(problem.sheet)}`];
	if (problem.row !== null) {
		where.push(`row ${problem.row}${problem.episode ? ` (episode ${problem.episode})` : ''}`);
	}
	if (problem.column) where.push(`column ${problem.column.letter} ${quoteText(problem.column.header)}`);
	const shown = problem.value === undefined ? '' : quoteText(problem.value);
	const value =
		shown === '' ? '' : ` = ${shown.length > MAX_VALUE_LENGTH ? `${shown.slice(0, MAX_VALUE_LENGTH - 1)}…` : shown}`;
	return `${where.join(', ')}${value}: ${problem.message}`;
};

/** A cell as the text the sheet's readers parse; a date cell is its wall-clock time. */
export const getCellText = (cell: SheetCell | undefined, formatDate: (date: Date) => string): string => {
	if (cell === null || cell === undefined) return '';
	if (cell instanceof Date) return formatDate(cell);
	return String(cell);
};
