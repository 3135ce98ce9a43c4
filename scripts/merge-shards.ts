import {exitAfterFlush} from '../src/cli/exit-after-flush';
import {parseArgs} from 'node:util';
import {mergeShards} from '../src/plan/merge-shards';

const USAGE = 'Usage: npm run merge-shards -- --out DIR SHARD_DIR...';
let out: string | undefined;
let shards: string[] = [];
try {
	({
		values: {out},
		positionals: shards,
	} = parseArgs({options: {out: {type: 'string'}}, allowPositionals: true}));
} catch (error) {
	console.error(`error: ${(error as Error).message}\n${USAGE}`);
	process.exit(2);
}
if (!out || shards.length === 0) {
	console.error(`error: give --out and at least one shard folder\n${USAGE}`);
	process.exit(2);
}
const {manifest, missing} = mergeShards({out, shards});
for (const problem of missing) console.error(`warning: ${problem}`);
const failed = manifest.assets.filter((a) => a.status === 'failed' || !a.qc.passed);
console.log(
	`${out}/manifest.json: ${manifest.assets.length} assets from ${shards.length} shards, ${failed.length} failed`,
);
for (const asset of failed) console.log(`  FAILED ${asset.id}: ${asset.error ?? 'QC failed'}`);
exitAfterFlush(failed.length > 0 || missing.length > 0 ? 1 : 0);
