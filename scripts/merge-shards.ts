import {exitAfterFlush} from '../src/cli/exit-after-flush';
import {runMergeShardsCli} from '../src/cli/run-merge-shards-cli';

exitAfterFlush(
	await runMergeShardsCli(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	}),
);
