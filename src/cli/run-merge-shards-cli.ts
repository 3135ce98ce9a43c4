import {parseArgs} from 'node:util';
import {lockOutDir, type OutDirLock, OutDirLockedError} from '../files/lock-out-dir';
import {mergeShards} from '../plan/merge-shards';
import {readCampaign} from '../campaign/read-campaign';
import {POSTING_CSV, writePostingSheet} from '../posting/write-posting-sheet';
import {writeReviewPage} from '../review/write-review-page';

const USAGE = 'Usage: npm run merge-shards -- --out DIR [--campaign FILE] SHARD_DIR...';

type Io = {stdout: (t: string) => void; stderr: (t: string) => void};

/**
 * Gathers `--shard` runs into one folder: the files, one manifest, and the review page
 * (out/index.html). Exit 0 when every asset is there and passes, 1 when one failed or a
 * shard's file is missing, 2 for bad arguments.
 */
export const runMergeShardsCli = async (argv: readonly string[], io: Io): Promise<number> => {
	let out: string | undefined;
	let campaign: string | undefined;
	let shards: string[];
	try {
		({
			values: {out, campaign},
			positionals: shards,
		} = parseArgs({
			args: [...argv],
			options: {out: {type: 'string'}, campaign: {type: 'string'}},
			allowPositionals: true,
			strict: true,
		}));
	} catch (error) {
		io.stderr(`error: ${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	if (!out || shards.length === 0) {
		io.stderr(`error: give --out and at least one shard folder\n${USAGE}\n`);
		return 2;
	}
	// The same lock as the render CLI's: one writer of out/manifest.json at a time.
	let lock: OutDirLock;
	try {
		lock = lockOutDir({outDir: out, command: 'merge-shards'});
	} catch (error) {
		if (!(error instanceof OutDirLockedError)) throw error;
		io.stderr(`error: ${error.message}\n`);
		return 2;
	}
	try {
		if (lock.tookOverFrom) {
			const {pid, startedAt} = lock.tookOverFrom;
			io.stderr(
				`note: took over the lock of a run that ended without releasing it (pid ${pid}, started ${startedAt})\n`,
			);
		}
		return await mergeInto({out, campaign, shards, io});
	} finally {
		lock.release();
	}
};

const mergeInto = async ({
	out,
	campaign,
	shards,
	io,
}: {
	out: string;
	/** The campaign the posting sheet reads titles and dates from; default: the one the shards' manifest names. */
	campaign: string | undefined;
	shards: string[];
	io: Io;
}): Promise<number> => {
	const {manifest, missing} = mergeShards({out, shards});
	for (const problem of missing) io.stderr(`warning: ${problem}\n`);
	const reading = readCampaign(campaign ?? manifest.campaign);
	if (reading.campaign) writePostingSheet({outDir: out, campaign: reading.campaign});
	else {
		io.stderr(
			`warning: ${out}/${POSTING_CSV} not written: the campaign ${reading.file} has problems (npm run check -- --campaign ${reading.file}), or pass --campaign\n`,
		);
	}
	const page = await writeReviewPage({
		outDir: out,
		onWarning: (message) => io.stderr(`warning: review page: ${message}\n`),
	});
	const failed = manifest.assets.filter((a) => a.status === 'failed' || !a.qc.passed);
	io.stdout(
		`${out}/manifest.json: ${manifest.assets.length} assets from ${shards.length} shards, ${failed.length} failed\n`,
	);
	for (const asset of failed) io.stdout(`  FAILED ${asset.id}: ${asset.error ?? 'QC failed'}\n`);
	io.stdout(`Review page: ${page}\n`);
	return failed.length > 0 || missing.length > 0 ? 1 : 0;
};
