import {runValidateCli} from '../src/render/run-validate-cli';

process.exit(
	await runValidateCli(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	}),
);
