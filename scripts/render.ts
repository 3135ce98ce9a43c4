import {exitAfterFlush} from '../src/cli/exit-after-flush';
import {runRenderCli} from '../src/cli/run-render-cli';

const exitCode = await runRenderCli(
	process.argv.slice(2),
	{
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
		isTty: Boolean(process.stdout.isTTY),
	},
	{
		onInterrupt: (handler) => {
			let received = 0;
			for (const signal of ['SIGINT', 'SIGTERM'] as const) {
				// Stays installed: the browser shutdown can echo the signal back to us, and a
				// second one must not kill the process before the temporary files are gone.
				process.on(signal, () => {
					received++;
					if (received === 1) {
						process.stderr.write(`\n${signal}: cancelling the render in flight…\n`);
						handler();
					}
				});
			}
		},
	},
);
exitAfterFlush(exitCode);
