import {exitAfterFlush} from '../src/render/exit-after-flush';
import {runValidateCli} from '../src/render/run-validate-cli';

exitAfterFlush(
	await runValidateCli(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	}),
);
