import {exitAfterFlush} from '../src/render/exit-after-flush';
import {runCheckCli} from '../src/render/run-check-cli';

exitAfterFlush(
	await runCheckCli(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	}),
);
