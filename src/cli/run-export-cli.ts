import {mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {formatProblem} from '../campaign/campaign-error';
import {parseCampaignJson} from '../campaign/parse-campaign-json';
import {readCampaign} from '../campaign/read-campaign';
import {campaignToSheet} from '../sheet/campaign-to-sheet';
import {type SheetFormat, writeSheetFile} from '../sheet/write-sheet-file';
import {DEFAULT_CAMPAIGN} from './parse-render-args';

const USAGE = `Usage: npm run export -- --csv|--xlsx [--campaign FILE] [--out FILE] [--delimiter ";"]
  Writes the campaign's episodes as a sheet, one row per episode (default out/episodes.csv or .xlsx).
  --delimiter ";" makes a CSV that French Excel opens in columns.`;

type Io = {stdout: (t: string) => void; stderr: (t: string) => void};

/** The export CLI: campaign JSON → episodes sheet. Exit 0, or 2 when the campaign or the flags are wrong. */
export const runExportCli = async (argv: readonly string[], io: Io): Promise<number> => {
	let values: {csv?: boolean; xlsx?: boolean; campaign?: string; out?: string; delimiter?: string};
	try {
		({values} = parseArgs({
			args: [...argv],
			options: {
				csv: {type: 'boolean'},
				xlsx: {type: 'boolean'},
				campaign: {type: 'string'},
				out: {type: 'string'},
				delimiter: {type: 'string'},
			},
			strict: true,
		}));
	} catch (error) {
		io.stderr(`error: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	const problems: string[] = [];
	if (values.csv === values.xlsx) problems.push('give one of --csv or --xlsx');
	if (values.delimiter !== undefined && values.delimiter !== ',' && values.delimiter !== ';') {
		problems.push(`--delimiter ${JSON.stringify(values.delimiter)} is not "," or ";"`);
	}
	if (values.delimiter !== undefined && values.xlsx) problems.push('--delimiter is for --csv only');
	if (problems.length > 0) {
		for (const problem of problems) io.stderr(`error: ${problem}\n`);
		io.stderr(`${USAGE}\n`);
		return 2;
	}
	const format: SheetFormat = values.xlsx ? 'xlsx' : 'csv';
	const campaignFile = values.campaign ?? DEFAULT_CAMPAIGN;
	const reading = readCampaign(campaignFile);
	const raw = reading.campaign ? parseCampaignJson(readFileSync(campaignFile, 'utf8')) : null;
	if (!reading.campaign || !raw?.ok) {
		io.stderr(`The campaign has ${reading.problems.length} problem(s); nothing was exported:\n`);
		for (const problem of reading.problems) io.stderr(`  ${formatProblem(problem)}\n`);
		return 2;
	}
	const sheet = campaignToSheet({raw: raw.value as Parameters<typeof campaignToSheet>[0]['raw'], file: campaignFile});
	if (sheet.problems.length > 0) {
		io.stderr(`${sheet.problems.length} value(s) cannot be written in the sheet; nothing was exported:\n`);
		for (const problem of sheet.problems) io.stderr(`  ${formatProblem(problem)}\n`);
		return 2;
	}
	const out = values.out ?? path.join('out', `episodes.${format}`);
	mkdirSync(path.dirname(path.resolve(out)), {recursive: true});
	await writeSheetFile({
		file: out,
		format,
		headers: sheet.headers,
		rows: sheet.rows,
		delimiter: values.delimiter === ';' ? ';' : ',',
	});
	io.stdout(
		`${out}: ${reading.campaign.episodes.length} episodes and ${sheet.rows.length - reading.campaign.episodes.length} variants in ${sheet.rows.length} rows, ${sheet.headers.length} columns, from ${campaignFile}\nEdit it, then: npm run import -- ${out}${values.campaign ? ` --campaign ${values.campaign}` : ''}\n`,
	);
	return 0;
};
