import {readFileSync} from 'node:fs';
import path from 'node:path';
import {CsvError} from 'csv-parse';
import {parse} from 'csv-parse/sync';
import {decodeCsvText, detectDelimiter} from './decode-csv-text';
import type {SheetCell, SheetProblem, SheetTable} from './sheet-table';

export type SheetReading = {ok: true; table: SheetTable; notes: string[]} | {ok: false; problems: SheetProblem[]};

/** The sheet export writes, and the one import reads in a workbook that has it (else the first). */
export const SHEET_NAME = 'episodes';

const fail = (file: string, message: string, row: number | null = null): SheetReading => ({
	ok: false,
	problems: [{file, sheet: null, row, column: null, message}],
});

const toTable = (file: string, sheet: string | null, records: SheetCell[][]): SheetTable => ({
	file,
	sheet,
	headers: (records[0] ?? []).map((cell) => (cell === null ? '' : String(cell).trim())),
	rows: records.slice(1).map((cells, n) => ({row: n + 2, cells})),
});

const readCsv = (file: string, bytes: Buffer): SheetReading => {
	const {text, encoding} = decodeCsvText(bytes);
	const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
	try {
		const records = parse(text, {
			bom: true,
			delimiter,
			relax_column_count: true,
			skip_empty_lines: false,
		}) as string[][];
		const notes =
			encoding === 'utf-8'
				? []
				: [`${file} is not UTF-8: read as Windows-1252 (Excel's "CSV"); "CSV UTF-8" keeps every character`];
		return {ok: true, table: toTable(file, null, records), notes};
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		const line = typeof error.lines === 'number' ? error.lines : null;
		return fail(
			file,
			`${error.message.replace(/^Invalid \w+: /, '')}; a cell holding a separator, a quote or a line break must be in "double quotes", with "" for a quote inside (line ${line ?? '?'} of the file)`,
		);
	}
};

type ExcelValue = import('exceljs').CellValue;

/** An XLSX cell as the sheet's readers take it: text, a number, a date or nothing. */
const toSheetCell = (value: ExcelValue): SheetCell => {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
		return value;
	}
	if ('richText' in value) return value.richText.map((run) => run.text).join('');
	if ('formula' in value || 'sharedFormula' in value)
		return toSheetCell((value as {result?: ExcelValue}).result ?? null);
	if ('hyperlink' in value) return toSheetCell(value.text as ExcelValue);
	if ('error' in value) return String(value.error);
	return null;
};

const readXlsx = async (file: string): Promise<SheetReading> => {
	const {default: ExcelJS} = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.readFile(file);
	} catch (error) {
		return fail(file, `cannot be read as an Excel workbook (${(error as Error).message}); save it again as .xlsx`);
	}
	const worksheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
	if (!worksheet) return fail(file, 'has no worksheet; export one with npm run export -- --xlsx');
	const records: SheetCell[][] = [];
	const width = worksheet.columnCount;
	for (let r = 1; r <= worksheet.rowCount; r++) {
		const row = worksheet.getRow(r);
		records.push(Array.from({length: width}, (_, c) => toSheetCell(row.getCell(c + 1).value)));
	}
	return {ok: true, table: toTable(file, worksheet.name, records), notes: []};
};

/** Node only. Reads a .csv (`,`, `;` or tab separated) or .xlsx file into a table; never throws on a bad file. */
export const readSheetFile = async (file: string): Promise<SheetReading> => {
	const extension = path.extname(file).toLowerCase();
	if (!['.csv', '.tsv', '.txt', '.xlsx'].includes(extension)) {
		return fail(file, `is not a .csv or .xlsx file; save the sheet as "CSV UTF-8" or as an Excel workbook (.xlsx)`);
	}
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return fail(file, code === 'ENOENT' ? 'file not found; give the path of the sheet to import' : String(error));
	}
	return extension === '.xlsx' ? readXlsx(file) : readCsv(file, bytes);
};
