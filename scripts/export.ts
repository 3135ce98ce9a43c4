import {exitAfterFlush} from '../src/cli/exit-after-flush';
import {runExportCli} from '../src/cli/run-export-cli';

exitAfterFlush(
	await runExportCli(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	}),
);
