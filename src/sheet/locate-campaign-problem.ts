import {type CampaignProblem, parsePath} from '../campaign/campaign-error';
import {EPISODE_COLUMNS, type EpisodeColumn, VARIANT_HEADER, VARIANT_KINDS, type VariantKind} from './episode-columns';
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

type Key = string | number;

const startsWith = (keys: readonly Key[], prefix: readonly string[]) => prefix.every((key, n) => keys[n] === key);

/** The column holding a field: the one whose path starts the field's, else the first inside it. */
const findColumn = (
	rest: readonly Key[],
	pathOf: (column: EpisodeColumn) => readonly string[] | null | undefined,
): {column: EpisodeColumn; path: readonly string[]} | null => {
	const withPaths = EPISODE_COLUMNS.flatMap((column) => {
		const path = pathOf(column);
		return path ? [{column, path}] : [];
	});
	return (
		withPaths.filter(({path}) => startsWith(rest, path)).sort((a, b) => b.path.length - a.path.length)[0] ??
		withPaths.find(({path}) => rest.length > 0 && rest.every((key, n) => path[n] === key)) ??
		null
	);
};

export type ImportProblem = {sheet: SheetProblem} | {campaign: CampaignProblem};

/**
 * A problem the campaign checks found in the imported campaign, placed back in the sheet:
 * an episode's or a variant's field is a row and a column (and the item of a list cell);
 * the series, brand and music are the base campaign file's. Messages naming `episodes[2]`
 * name its row.
 */
export const locateCampaignProblem = ({
	problem,
	table,
	episodeRows,
	variantRows,
	baseFile,
	columnIndexOf,
}: {
	problem: CampaignProblem;
	table: SheetTable;
	episodeRows: readonly number[];
	variantRows: ReadonlyMap<string, number>;
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
	const kind = VARIANT_KINDS.find((k) => keys[2] === k && keys[3] === 'variants' && typeof keys[4] === 'number');
	const row = (kind ? variantRows.get(`${keys[1]}|${kind}|${String(keys[4])}`) : episodeRows[keys[1]]) ?? null;
	const cells = table.rows.find((r) => r.row === row)?.cells ?? [];
	const number = Number(getCellText(cells[columnIndexOf('number')], formatDateCell)) || null;
	const rest = keys.slice(kind ? 5 : 2);
	const found = kind
		? rest.length === 0 || rest[0] === 'name'
			? {column: EPISODE_COLUMNS.find((c) => c.header === VARIANT_HEADER)!, path: []}
			: findColumn(rest, (column) => column.variantPaths[kind as VariantKind])
		: findColumn(rest, (column) => column.path);
	if (!found) return {sheet: {...where, row, episode: number, column: null, message}};
	const {column, path} = found;
	const index = columnIndexOf(column.header);
	const text = getCellText(cells[index], formatDateCell);
	const item = rest[path.length];
	const deeper = rest.slice(path.length + 1).join('.');
	const label =
		typeof item === 'number'
			? `${ITEM_NAMES[column.header] ?? 'item'} ${item + 1}${deeper ? ` (${deeper})` : ''}: `
			: '';
	const missing = problem.value === undefined && /^is missing/.test(message);
	return {
		sheet: {
			...where,
			row,
			episode: number,
			column: {header: column.header, letter: getColumnLetter(index)},
			value: text === '' ? undefined : text,
			message: missing ? `is empty; fill it in (${column.help})` : `${label}${message}`,
		},
	};
};
