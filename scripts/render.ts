import {runRenderCli} from '../src/render/run-render-cli';

const exitCode = await runRenderCli(
	process.argv.slice(2),
	{
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
		isTty: Boolean(process.stdout.isTTY),
	},
	{
		onInterrupt: (handler) => {
			for (const signal of ['SIGINT', 'SIGTERM'] as const) {
				process.once(signal, () => {
					process.stderr.write(`\n${signal}: cancelling the render in flight…\n`);
					handler();
				});
			}
		},
	},
);
process.exit(exitCode);
