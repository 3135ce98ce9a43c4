import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {PROJECT_DIR} from './make-campaign-dir';

/** Runs a script of scripts/ as a user would (through tsx), in a given folder. */
export const runScript = (script: string, args: readonly string[], cwd = PROJECT_DIR) => {
	const result = spawnSync(
		path.join(PROJECT_DIR, 'node_modules', '.bin', 'tsx'),
		[path.join(PROJECT_DIR, 'scripts', script), ...args],
		{
			cwd,
			encoding: 'utf8',
			env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'},
			timeout: 240_000,
		},
	);
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
};
