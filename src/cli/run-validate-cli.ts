import {existsSync, statSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {findKindOfId, getKindModule, KINDS} from '../kinds/registry';
import {checkAssetOutput} from '../qc/check-asset-output';

const KIND_NAMES = Object.keys(KINDS);

const USAGE = `Usage: npm run validate -- [--kind ${KIND_NAMES.join('|')}] FILE.mp4...
  Checks MP4 files against the TikTok slot of their kind (guessed from names like ep03-teaser.mp4).
  A header's cover is checked too when <name>.jpg sits beside it.`;

type Io = {stdout: (t: string) => void; stderr: (t: string) => void};

/** The kind of an asset id (`ep03-teaser.mp4`), else of a kind's name in the file name. */
const guessKind = (file: string): string | null => {
	const name = path.basename(file, path.extname(file)).toLowerCase();
	return findKindOfId(name) ?? KIND_NAMES.find((kind) => name.includes(kind)) ?? null;
};

/**
 * QC for any MP4, ours or not: one line per failed rule with the measured value and the
 * limit. Exit 0 when every file passes, 1 when one fails, 2 for bad arguments or unreadable files.
 */
export const runValidateCli = async (argv: readonly string[], io: Io): Promise<number> => {
	let values: {kind?: string};
	let files: string[];
	try {
		({values, positionals: files} = parseArgs({
			args: [...argv],
			options: {kind: {type: 'string'}},
			allowPositionals: true,
			strict: true,
		}));
	} catch (error) {
		io.stderr(`error: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	const problems: string[] = [];
	if (files.length === 0) problems.push('no file given');
	if (values.kind !== undefined && !KIND_NAMES.includes(values.kind)) {
		problems.push(`--kind "${values.kind}" is not one of ${KIND_NAMES.join(', ')}`);
	}
	const jobs = files.map((file) => ({file, kind: values.kind ?? guessKind(file)}));
	for (const {file, kind} of jobs) {
		if (!existsSync(file) || !statSync(file).isFile()) problems.push(`${file}: no such file`);
		else if (!kind) problems.push(`${file}: cannot tell its kind from the name; pass --kind ${KIND_NAMES.join('|')}`);
	}
	if (problems.length > 0) {
		for (const problem of problems) io.stderr(`error: ${problem}\n`);
		io.stderr(`${USAGE}\n`);
		return 2;
	}
	let failed = 0;
	for (const {file, kind} of jobs) {
		const cover = file.replace(/\.mp4$/i, '.jpg');
		let qc;
		try {
			qc = await checkAssetOutput({
				kind: kind!,
				video: file,
				cover: getKindModule(kind!).settings.cover && existsSync(cover) ? cover : null,
			});
		} catch (error) {
			io.stderr(`error: ${file}: cannot be read as a video (${(error as Error).message.split('\n')[0]})\n`);
			return 2;
		}
		const failures = qc.checks.filter((c) => !c.passed);
		if (failures.length === 0) {
			io.stdout(`${file}: ${kind} OK (${qc.checks.length} checks)\n`);
			continue;
		}
		failed++;
		for (const c of failures) io.stdout(`${file}: ${kind}: ${c.rule}: ${c.measured} (limit ${c.limit})\n`);
	}
	return failed > 0 ? 1 : 0;
};
