import {runCheckCli} from '../src/render/run-check-cli';

process.exit(
	await runCheckCli(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	}),
);
