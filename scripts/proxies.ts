import {exitAfterFlush} from '../src/cli/exit-after-flush';
import {runProxiesCli} from '../src/cli/run-proxies-cli';

exitAfterFlush(
	await runProxiesCli(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	}),
);
