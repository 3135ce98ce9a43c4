import {exitAfterFlush} from '../src/cli/exit-after-flush';
import {runValidateCli} from '../src/cli/run-validate-cli';

exitAfterFlush(
	await runValidateCli(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	}),
);
