import {exitAfterFlush} from '../src/cli/exit-after-flush';
import {runImportCli} from '../src/cli/run-import-cli';

exitAfterFlush(
	await runImportCli(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	}),
);
