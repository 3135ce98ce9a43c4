import {existsSync, readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {writeFileAtomic} from '../files/write-file-atomic';
import {formatImportProblem, importSheet} from '../sheet/import-sheet';
import {DEFAULT_CAMPAIGN} from './parse-render-args';

const USAGE = `Usage: npm run import -- SHEET.csv|SHEET.xlsx [--campaign FILE] [--out FILE] [--dry-run]
  Replaces the episodes of the campaign (default ${DEFAULT_CAMPAIGN}) with the sheet's rows; series,
  brand and music stay. Writes --out (default: the campaign file itself), or nothing with --dry-run.`;

type Io = {stdout: (t: string) => void; stderr: (t: string) => void};

/** The import CLI: episodes sheet → campaign JSON. Exit 0, or 2 with every problem and nothing written. */
export const runImportCli = async (argv: readonly string[], io: Io): Promise<number> => {
	let values: {campaign?: string; out?: string; 'dry-run'?: boolean};
	let positionals: string[];
	try {
		({values, positionals} = parseArgs({
			args: [...argv],
			options: {campaign: {type: 'string'}, out: {type: 'string'}, 'dry-run': {type: 'boolean'}},
			allowPositionals: true,
			strict: true,
		}));
	} catch (error) {
		io.stderr(`error: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	if (positionals.length !== 1) {
		io.stderr(`error: give one sheet to import (${positionals.length} given)\n${USAGE}\n`);
		return 2;
	}
	const sheetFile = positionals[0]!;
	const baseFile = values.campaign ?? DEFAULT_CAMPAIGN;
	const out = values.out ?? baseFile;
	const result = await importSheet({sheetFile, baseFile, out});
	if (!result.ok) {
		const count = result.problems.length;
		io.stderr(`${sheetFile}: ${count} problem${count === 1 ? '' : 's'}; nothing was written:\n`);
		for (const problem of result.problems) io.stderr(`  ${formatImportProblem(problem)}\n`);
		return 2;
	}
	for (const note of result.notes) io.stderr(`note: ${note}\n`);
	const same = existsSync(out) && readFileSync(out, 'utf8') === result.text;
	const what = result.changes.length === 0 ? 'no episode changed' : result.changes.join('\n  ');
	if (values['dry-run'] || same) {
		io.stdout(`${out}: ${same ? 'already up to date' : 'would change (dry run)'}; nothing written\n  ${what}\n`);
		return 0;
	}
	writeFileAtomic(out, result.text);
	io.stdout(
		`${out}: written from ${sheetFile}\n  ${what}\nnpm run render -- --dry-run${out === DEFAULT_CAMPAIGN ? '' : ` --campaign ${out}`} shows what re-renders.\n`,
	);
	return 0;
};
