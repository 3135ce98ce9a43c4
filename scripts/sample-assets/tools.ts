import {execFileSync, spawnSync} from 'node:child_process';

// Each external program and the Debian package that provides it.
const REQUIRED_TOOLS: ReadonlyArray<readonly [tool: string, debianPackage: string]> = [
	['ffmpeg', 'ffmpeg'],
	['ffprobe', 'ffmpeg'],
	['espeak-ng', 'espeak-ng'],
	['sox', 'sox'],
	['soxi', 'sox'],
	['python3', 'python3'],
];

/** Fails early, naming the package to install, instead of dying mid-run on a cryptic ENOENT. */
export const requireTools = (): void => {
	for (const [tool, debianPackage] of REQUIRED_TOOLS) {
		const probe = spawnSync(tool, ['--version'], {stdio: 'ignore'});
		if (probe.error) {
			throw new Error(`Missing tool "${tool}": install it with \`sudo apt-get install ${debianPackage}\`.`);
		}
	}
};

/** Runs a program with an argument array (no shell), returns its stdout, throws with its stderr on failure. */
export const run = (tool: string, args: readonly string[]): string => {
	try {
		return execFileSync(tool, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024});
	} catch (error) {
		const stderr = (error as {stderr?: string}).stderr ?? '';
		throw new Error(`${tool} ${args.join(' ')}\nfailed: ${stderr.trim().slice(-2000)}`);
	}
};

/** Splits a fixed option string into an argument array (still no shell: values never contain spaces). */
export const words = (text: string): string[] => text.trim().split(/\s+/u);

/** sox in repeatable mode (-R): dither and noise generators get a fixed seed, so reruns are identical. */
export const sox = (args: readonly string[]): string => run('sox', ['-R', ...args]);

/** Number of samples of a WAV file: exact, unlike a duration in seconds. */
export const wavSamples = (file: string): number => Number(run('soxi', ['-s', file]).trim());

export const mediaDurationSeconds = (file: string): number =>
	Number(run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]).trim());
