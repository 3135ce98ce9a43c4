import {teaserVariantSchema, trailerVariantSchema} from '../campaign/episode-schema';
import {
	EPISODE_COLUMNS,
	type EpisodeColumn,
	type ReadContext,
	VARIANT_HEADER,
	type VariantKind,
} from './episode-columns';
import {readSheetHeaders} from './read-sheet-headers';
import {formatDateCell} from './release-at-cell';
import {getCellText, getColumnLetter, type SheetCell, type SheetProblem, type SheetTable} from './sheet-table';
import {parseVariantId} from './variant-id';

export type SheetImport = {
	/** The campaign JSON: the base file's series, brand and music, and the sheet's episodes. */
	campaign: Record<string, unknown>;
	/** Problems of the sheet itself (headers, cell formats, variant ids), before the campaign schema looks at it. */
	problems: SheetProblem[];
	/** The sheet row of each episode, by its index in campaign.episodes. */
	episodeRows: number[];
	/** The sheet row of each variant: `${episodeIndex}|${kind}|${variantIndex}` → row. */
	variantRows: Map<string, number>;
};

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const setAt = (target: Json, path: readonly string[], value: unknown) => {
	let at = target;
	for (const key of path.slice(0, -1)) {
		if (!isRecord(at[key])) at[key] = {};
		at = at[key] as Json;
	}
	at[path.at(-1)!] = value;
};

/** A variant's fields in the order of its schema, whatever the order of the columns. */
const VARIANT_KEYS: Record<VariantKind, string[]> = {
	teaser: Object.keys(teaserVariantSchema.shape),
	trailer: Object.keys(trailerVariantSchema.shape),
};

const inSchemaOrder = (variant: Json, kind: VariantKind): Json =>
	Object.fromEntries(VARIANT_KEYS[kind].filter((key) => key in variant).map((key) => [key, variant[key]]));

const isEmpty = (cell: SheetCell | undefined) => getCellText(cell, formatDateCell).trim() === '';

type PendingVariant = {row: number; episode: number; kind: VariantKind; variant: Json; problems: SheetProblem[]};

/**
 * A sheet → the campaign JSON, with every cell read by its column's format: one row per
 * episode, and a row per variant (its asset id in `variant`) that fills only what it
 * overrides. Series, brand and music come from `base`, the campaign file the sheet updates.
 * Pure: the schema and the asset files are checked afterwards, on the result.
 */
export const sheetToCampaign = ({table, base}: {table: SheetTable; base: unknown}): SheetImport => {
	const {columns, problems} = readSheetHeaders(table);
	const series = isRecord(base) && isRecord(base.series) ? base.series : {};
	const context: ReadContext = {timeZone: typeof series.timeZone === 'string' ? series.timeZone : null};
	const variantIndex = columns.findIndex((column) => column?.header === VARIANT_HEADER);
	const episodes: Json[] = [];
	const episodeRows: number[] = [];
	const pending: PendingVariant[] = [];
	for (const {row, cells} of table.rows) {
		if (cells.every(isEmpty)) continue;
		const rowProblems: SheetProblem[] = [];
		const problem = (index: number, column: EpisodeColumn | null, message: string) =>
			rowProblems.push({
				file: table.file,
				sheet: table.sheet,
				row,
				column: {header: column?.header ?? '', letter: getColumnLetter(index)},
				value: isEmpty(cells[index]) ? undefined : getCellText(cells[index], formatDateCell),
				message,
			});
		const variantCell = variantIndex >= 0 ? getCellText(cells[variantIndex], formatDateCell).trim() : '';
		const variantId = variantCell === '' ? null : parseVariantId(variantCell);
		if (variantId && !variantId.ok) problem(variantIndex, columns[variantIndex]!, variantId.message);
		const kind = variantId?.ok ? variantId.id.kind : null;
		const target: Json = kind && variantId?.ok ? {name: variantId.id.name} : {};
		columns.forEach((column, index) => {
			const cell = cells[index];
			const text = getCellText(cell, formatDateCell);
			if (!column || column.header === VARIANT_HEADER || text.trim() === '') return;
			if (variantId && column.header === 'number') return; // checked against the id below
			const path = variantId === null ? column.path : kind ? column.variantPaths[kind] : undefined;
			if (variantId && !variantId.ok) return;
			if (!path) {
				const overrides = EPISODE_COLUMNS.filter((c) => kind && c.variantPaths[kind]).map((c) => c.header);
				problem(
					index,
					column,
					kind
						? `a ${kind} variant overrides only ${overrides.join(', ')}; clear this cell (the variant takes the episode's value)`
						: `is for variant rows only; clear it, or write the variant's id (e.g. ep03-teaser-b) in column "${VARIANT_HEADER}"`,
				);
				return;
			}
			if (cell instanceof Date && column.header !== 'releaseAt') {
				problem(index, column, `is a date cell; format the column as text and write ${column.help}`);
				return;
			}
			const read = column.read(text, context);
			if (read.ok) setAt(target, path, read.value);
			else problem(index, column, read.message);
		});
		const extra = cells.slice(columns.length).findIndex((cell) => !isEmpty(cell));
		if (extra >= 0) {
			problem(
				columns.length + extra,
				null,
				'holds a value in a column without header; give the column a header, or clear the cell',
			);
		}
		const number = typeof target.number === 'number' ? target.number : null;
		if (variantId?.ok) {
			const numberIndex = columns.findIndex((c) => c?.header === 'number');
			const written = numberIndex >= 0 ? getCellText(cells[numberIndex], formatDateCell).trim() : '';
			if (written !== '' && Number(written) !== variantId.id.episode) {
				problem(
					numberIndex,
					columns[numberIndex]!,
					`is not the episode of ${variantCell}; write ${variantId.id.episode}, or fix the variant id`,
				);
			}
			pending.push({
				row,
				episode: variantId.id.episode,
				kind: variantId.id.kind,
				variant: inSchemaOrder(target, variantId.id.kind),
				problems: rowProblems,
			});
			continue;
		}
		problems.push(...rowProblems.map((p) => ({...p, episode: number})));
		if (variantId) continue;
		episodes.push(target);
		episodeRows.push(row);
	}
	const variantRows = new Map<string, number>();
	for (const {row, episode, kind, variant, problems: rowProblems} of pending) {
		problems.push(...rowProblems.map((p) => ({...p, episode})));
		const index = episodes.findIndex((e) => e.number === episode);
		if (index < 0) {
			problems.push({
				file: table.file,
				sheet: table.sheet,
				row,
				episode,
				column: {header: VARIANT_HEADER, letter: getColumnLetter(variantIndex)},
				value: getCellText(table.rows.find((r) => r.row === row)?.cells[variantIndex], formatDateCell),
				message: `is a variant of episode ${episode}, but no row is episode ${episode}; add the episode's row, or fix the id`,
			});
			continue;
		}
		const owner = episodes[index]!;
		if (!isRecord(owner[kind])) owner[kind] = {};
		const list = ((owner[kind] as Json).variants ??= []) as Json[];
		variantRows.set(`${index}|${kind}|${list.length}`, row);
		list.push(variant);
	}
	const campaign: Json = {};
	for (const [key, value] of Object.entries(isRecord(base) ? base : {}))
		campaign[key] = key === 'episodes' ? episodes : value;
	campaign.episodes = episodes;
	return {campaign, problems, episodeRows, variantRows};
};
