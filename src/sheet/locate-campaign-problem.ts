import {type CampaignProblem, parsePath} from '../campaign/campaign-error';
import {EPISODE_COLUMNS, type EpisodeColumn} from './episode-columns';
import {formatDateCell} from './release-at-cell';
import {getCellText, getColumnLetter, type SheetProblem, type SheetTable} from './sheet-table';

/** What one item of a list column is called in messages: "range 2 …". */
const ITEM_NAMES: Record<string, string> = {
	cast: 'person',
	'teaser.segments': 'range',
	hashtags: 'hashtag',
	'captions.overrides': 'override',
	'trailer.clips': 'clip',
};

const startsWith = (keys: readonly (string | number)[], prefix: readonly string[]) =>
	prefix.every((key, n) => keys[n] === key);

/** The column holding a field of an episode: the one whose path starts the field's, else the first inside it. */
const findColumn = (rest: readonly (string | number)[]): EpisodeColumn | null =>
	EPISODE_COLUMNS.filter((c) => startsWith(rest, c.path)).sort((a, b) => b.path.length - a.path.length)[0] ??
	EPISODE_COLUMNS.find((c) => rest.every((key, n) => c.path[n] === key)) ??
	null;

export type ImportProblem = {sheet: SheetProblem} | {campaign: CampaignProblem};

/**
 * A problem the campaign checks found in the imported campaign, placed back in the sheet:
 * an episode's field is a row and a column (and the item of a list cell); the series,
 * brand and music are the base campaign file's. Messages naming `episodes[2]` name its row.
 */
export const locateCampaignProblem = ({
	problem,
	table,
	episodeRows,
	baseFile,
	columnIndexOf,
}: {
	problem: CampaignProblem;
	table: SheetTable;
	episodeRows: readonly number[];
	baseFile: string;
	/** The sheet's column index of a campaign column. */
	columnIndexOf: (header: string) => number;
}): ImportProblem => {
	const keys = parsePath(problem.path) ?? [];
	const message = problem.message.replace(/episodes\[(\d+)\]/g, (whole, n: string) =>
		episodeRows[Number(n)] === undefined ? whole : `row ${episodeRows[Number(n)]}`,
	);
	const where = {file: table.file, sheet: table.sheet};
	if (keys[0] === 'series' && keys[1] === 'trailer' && keys[2] === 'episodes' && typeof keys[3] === 'number') {
		return {
			sheet: {
				...where,
				row: null,
				column: null,
				message: `${baseFile} lists episode ${JSON.stringify(problem.value)} in series.trailer.episodes, but no row of the sheet is that episode; add its row, or take it out of that list`,
			},
		};
	}
	if (keys[0] !== 'episodes')
		return {campaign: {...problem, file: baseFile, message, line: undefined, column: undefined}};
	if (typeof keys[1] !== 'number') {
		return {
			sheet: {
				...where,
				row: null,
				column: null,
				message: 'has no episode rows; add one row per episode under the headers',
			},
		};
	}
	const row = episodeRows[keys[1]] ?? null;
	const cells = table.rows.find((r) => r.row === row)?.cells ?? [];
	const number = cells[columnIndexOf('number')];
	const episode = typeof number === 'number' ? number : Number(number) || null;
	const rest = keys.slice(2);
	const column = findColumn(rest);
	if (!column) return {sheet: {...where, row, episode, column: null, message}};
	const index = columnIndexOf(column.header);
	const text = getCellText(cells[index], formatDateCell);
	const item = rest[column.path.length];
	const deeper = rest.slice(column.path.length + 1).join('.');
	const label =
		typeof item === 'number'
			? `${ITEM_NAMES[column.header] ?? 'item'} ${item + 1}${deeper ? ` (${deeper})` : ''}: `
			: '';
	const missing = problem.value === undefined && /^is missing/.test(message);
	return {
		sheet: {
			...where,
			row,
			episode,
			column: {header: column.header, letter: getColumnLetter(index)},
			value: text === '' ? undefined : text,
			message: missing ? `is empty; fill it in (${column.help})` : `${label}${message}`,
		},
	};
};
