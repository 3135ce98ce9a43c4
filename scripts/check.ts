import {exitAfterFlush} from '../src/cli/exit-after-flush';
import {runCheckCli} from '../src/cli/run-check-cli';

exitAfterFlush(
	await runCheckCli(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	}),
);
