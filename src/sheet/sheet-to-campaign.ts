import type {ReadContext} from './episode-columns';
import {readSheetHeaders} from './read-sheet-headers';
import {formatDateCell} from './release-at-cell';
import {getCellText, getColumnLetter, type SheetProblem, type SheetTable} from './sheet-table';

export type SheetImport = {
	/** The campaign JSON: the base file's series, brand and music, and one episode per row of the sheet. */
	campaign: Record<string, unknown>;
	/** Problems of the sheet itself (headers, cell formats), before the campaign schema looks at it. */
	problems: SheetProblem[];
	/** The sheet row of each episode, by its index in campaign.episodes. */
	episodeRows: number[];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const setAt = (target: Record<string, unknown>, path: readonly string[], value: unknown) => {
	let at = target;
	for (const key of path.slice(0, -1)) {
		if (!isRecord(at[key])) at[key] = {};
		at = at[key] as Record<string, unknown>;
	}
	at[path.at(-1)!] = value;
};

/**
 * A sheet (one row per episode) → the campaign JSON, with every cell read by its column's
 * format. Series, brand and music come from `base`, the campaign file the sheet updates.
 * Pure: the schema and the asset files are checked afterwards, on the result.
 */
export const sheetToCampaign = ({table, base}: {table: SheetTable; base: unknown}): SheetImport => {
	const {columns, problems} = readSheetHeaders(table);
	const series = isRecord(base) && isRecord(base.series) ? base.series : {};
	const context: ReadContext = {timeZone: typeof series.timeZone === 'string' ? series.timeZone : null};
	const episodes: Record<string, unknown>[] = [];
	const episodeRows: number[] = [];
	for (const {row, cells} of table.rows) {
		if (cells.every((cell) => getCellText(cell, formatDateCell).trim() === '')) continue;
		const episode: Record<string, unknown> = {};
		const rowProblems: SheetProblem[] = [];
		columns.forEach((column, index) => {
			const cell = cells[index];
			const text = getCellText(cell, formatDateCell);
			if (!column || text.trim() === '') return;
			const problem = (message: string) =>
				rowProblems.push({
					file: table.file,
					sheet: table.sheet,
					row,
					column: {header: column.header, letter: getColumnLetter(index)},
					value: text,
					message,
				});
			if (cell instanceof Date && column.header !== 'releaseAt') {
				problem(`is a date cell; format the column as text and write ${column.help}`);
				return;
			}
			const read = column.read(text, context);
			if (read.ok) setAt(episode, column.path, read.value);
			else problem(read.message);
		});
		const extra = cells.slice(columns.length).findIndex((cell) => getCellText(cell, formatDateCell).trim() !== '');
		if (extra >= 0) {
			rowProblems.push({
				file: table.file,
				sheet: table.sheet,
				row,
				column: {header: '', letter: getColumnLetter(columns.length + extra)},
				message: 'holds a value in a column without header; give the column a header, or clear the cell',
			});
		}
		const number = typeof episode.number === 'number' ? episode.number : null;
		problems.push(...rowProblems.map((p) => ({...p, episode: number})));
		episodes.push(episode);
		episodeRows.push(row);
	}
	const campaign: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(isRecord(base) ? base : {}))
		campaign[key] = key === 'episodes' ? episodes : value;
	campaign.episodes = episodes;
	return {campaign, problems, episodeRows};
};
