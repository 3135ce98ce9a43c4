import {readFileSync} from 'node:fs';
import {type CampaignProblem, formatProblem} from '../campaign/campaign-error';
import {parseCampaignJson} from '../campaign/parse-campaign-json';
import {checkCampaignText} from '../campaign/read-campaign';
import {getAt} from './campaign-to-sheet';
import {EPISODE_COLUMNS, VARIANT_KINDS} from './episode-columns';
import {type ImportProblem, locateCampaignProblem} from './locate-campaign-problem';
import {readSheetFile} from './read-sheet-file';
import {sheetToCampaign} from './sheet-to-campaign';
import {formatSheetProblem} from './sheet-table';

export type SheetImportResult =
	{ok: true; text: string; notes: string[]; changes: string[]} | {ok: false; problems: ImportProblem[]};

export const formatImportProblem = (problem: ImportProblem): string =>
	'sheet' in problem ? formatSheetProblem(problem.sheet) : formatProblem(problem.campaign);

const fromBase = (problems: readonly CampaignProblem[]): SheetImportResult => ({
	ok: false,
	problems: problems.map((campaign) => ({campaign})),
});

/** Per episode (by number), the columns whose cell differs between two campaigns: what an import changes. */
const listChanges = (before: unknown, after: {episodes: unknown[]}): string[] => {
	const byNumber = (raw: unknown) =>
		new Map(
			((raw as {episodes?: unknown[]} | null)?.episodes ?? []).map(
				(e) => [(e as {number?: unknown}).number, e] as const,
			),
		);
	const old = byNumber(before);
	const now = byNumber(after);
	// The variants are compared as a whole, per kind: one change line names them.
	const fields = [
		...EPISODE_COLUMNS.flatMap((c) => (c.path ? [{header: c.header, path: c.path}] : [])),
		...VARIANT_KINDS.map((kind) => ({header: `${kind} variants`, path: [kind, 'variants']})),
	];
	const cells = (episode: unknown) => fields.map(({path}) => JSON.stringify(getAt(episode, path)));
	const changes: string[] = [];
	for (const [number, episode] of now) {
		const previous = old.get(number);
		if (!previous) {
			changes.push(`episode ${number}: new`);
			continue;
		}
		const [a, b] = [cells(previous), cells(episode)];
		const changed = fields.filter((_, n) => a[n] !== b[n]).map((f) => f.header);
		if (changed.length > 0) changes.push(`episode ${number}: ${changed.join(', ')}`);
	}
	for (const number of old.keys()) if (!now.has(number)) changes.push(`episode ${number}: removed`);
	return changes;
};

/**
 * Node only. A sheet (.csv or .xlsx) and the campaign file it updates → the new campaign
 * file's text, checked like any campaign (schema and asset files, as if written at `out`),
 * or every problem at once, each placed at its sheet, row and column. Writes nothing.
 */
export const importSheet = async ({
	sheetFile,
	baseFile,
	out,
}: {
	sheetFile: string;
	/** The campaign file whose series, brand and music the new one keeps. */
	baseFile: string;
	/** Where the result will be written: asset paths are checked from its folder. */
	out: string;
}): Promise<SheetImportResult> => {
	let baseText: string;
	try {
		baseText = readFileSync(baseFile, 'utf8');
	} catch {
		return fromBase([
			{file: baseFile, path: '', message: 'file not found; pass --campaign with the campaign JSON the sheet updates'},
		]);
	}
	const base = parseCampaignJson(baseText);
	if (!base.ok)
		return fromBase(
			base.problems.map((p) => ({
				file: baseFile,
				path: '',
				line: p.line,
				column: p.column,
				message: `invalid JSON: ${p.message}`,
			})),
		);
	const reading = await readSheetFile(sheetFile);
	if (!reading.ok) return {ok: false, problems: reading.problems.map((sheet) => ({sheet}))};
	const {table} = reading;
	const built = sheetToCampaign({table, base: base.value});
	const text = `${JSON.stringify(built.campaign, null, '\t')}\n`;
	const checked = checkCampaignText({file: out, text});
	const headerIndex = new Map(table.headers.map((h, n) => [h.trim().toLowerCase(), n]));
	const columnIndexOf = (header: string) => headerIndex.get(header.toLowerCase()) ?? -1;
	const placed = checked.problems
		.filter((p) => p.severity !== 'warning')
		.map((problem) =>
			locateCampaignProblem({
				problem,
				table,
				episodeRows: built.episodeRows,
				variantRows: built.variantRows,
				baseFile,
				columnIndexOf,
			}),
		);
	// A cell that could not be read, or a missing column, is left out of the campaign: its
	// "is missing" is no news.
	const known = new Set(built.problems.map((p) => `${p.row}|${p.column?.header}`));
	const isNews = (p: ImportProblem) =>
		!('sheet' in p) ||
		p.sheet.column === null ||
		(columnIndexOf(p.sheet.column.header) >= 0 && !known.has(`${p.sheet.row}|${p.sheet.column.header}`));
	const problems: ImportProblem[] = [...built.problems.map((sheet) => ({sheet})), ...placed.filter(isNews)];
	if (problems.length > 0) return {ok: false, problems};
	return {
		ok: true,
		text,
		notes: reading.notes,
		changes: listChanges(base.value, built.campaign as {episodes: unknown[]}),
	};
};
