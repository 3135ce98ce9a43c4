import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {stringify} from 'csv-stringify/sync';
import type {Campaign} from '../campaign/campaign-schema';
import {writeFileAtomic} from '../files/write-file-atomic';
import {readManifest} from '../plan/manifest';
import {formatOverrides} from './format-override';
import {makePostingSheet, type PostingRow, type PostingSheet} from './make-posting-sheet';

export const POSTING_JSON = 'posting.json';
export const POSTING_CSV = 'posting.csv';

const COLUMNS: [string, (row: PostingRow) => string | number | null][] = [
	['plannedAt', (r) => r.plannedAt],
	['plannedAtText', (r) => r.plannedAtText],
	['id', (r) => r.id],
	['kind', (r) => r.kind],
	['episode', (r) => r.episode],
	['variant', (r) => r.variant],
	['variantOf', (r) => r.variantOf],
	['overrides', (r) => formatOverrides(r.overrides)],
	['slot', (r) => r.slot],
	['file', (r) => r.file],
	['cover', (r) => r.cover],
	['durationInSeconds', (r) => r.durationInSeconds],
	['qc', (r) => (r.qcPassed ? 'ok' : 'failed')],
	['postText', (r) => r.postText],
	['note', (r) => r.note],
];

/**
 * Node only. Writes out/posting.json and out/posting.csv (RFC 4180, UTF-8 with the byte-order
 * mark Excel needs) from the folder's manifest, each atomically. Returns the sheet, or null
 * when the folder has no manifest.
 */
export const writePostingSheet = ({outDir, campaign}: {outDir: string; campaign: Campaign}): PostingSheet | null => {
	const manifest = readManifest(outDir);
	if (!manifest) return null;
	const sheet = makePostingSheet({manifest, campaign});
	writeFileAtomic(path.join(outDir, POSTING_JSON), `${JSON.stringify(sheet, null, '\t')}\n`);
	const rows = sheet.posts.map((row) => COLUMNS.map(([, get]) => get(row)));
	writeFileAtomic(
		path.join(outDir, POSTING_CSV),
		stringify([COLUMNS.map(([header]) => header), ...rows], {bom: true, record_delimiter: 'windows'}),
	);
	return sheet;
};

/** The folder's posting sheet, if one was written and reads as one. */
export const readPostingSheet = (outDir: string): PostingSheet | null => {
	const file = path.join(outDir, POSTING_JSON);
	if (!existsSync(file)) return null;
	try {
		const sheet = JSON.parse(readFileSync(file, 'utf8')) as PostingSheet;
		return sheet.version === 1 && Array.isArray(sheet.posts) ? sheet : null;
	} catch {
		return null;
	}
};
