import {stringify} from 'csv-stringify/sync';
import {writeFileAtomic} from '../files/write-file-atomic';
import type {SheetCellValue} from './episode-columns';
import {SHEET_NAME} from './read-sheet-file';

export type SheetFormat = 'csv' | 'xlsx';

/**
 * Node only. Writes the header row and the rows atomically: CSV as RFC 4180 (quoted where
 * needed, CRLF) with the UTF-8 byte-order mark Excel needs to read « », ’ and é right;
 * XLSX with every text as text, so a spreadsheet never turns a time or a date into a number.
 */
export const writeSheetFile = async ({
	file,
	format,
	headers,
	rows,
	delimiter = ',',
}: {
	file: string;
	format: SheetFormat;
	headers: string[];
	rows: SheetCellValue[][];
	delimiter?: ',' | ';';
}): Promise<void> => {
	if (format === 'csv') {
		writeFileAtomic(file, stringify([headers, ...rows], {bom: true, delimiter, record_delimiter: 'windows'}));
		return;
	}
	const {default: ExcelJS} = await import('exceljs');
	const workbook = new ExcelJS.Workbook();
	const worksheet = workbook.addWorksheet(SHEET_NAME, {views: [{state: 'frozen', ySplit: 1, xSplit: 2}]});
	worksheet.addRow(headers).font = {bold: true};
	for (const row of rows) worksheet.addRow(row);
	worksheet.columns.forEach((column, n) => {
		const longest = Math.max(headers[n]!.length, ...rows.map((row) => String(row[n] ?? '').length));
		column.width = Math.min(60, Math.max(10, longest + 2));
		column.alignment = {vertical: 'top', wrapText: longest > 60};
	});
	writeFileAtomic(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
};
