import {spawn, spawnSync} from 'node:child_process';

/** Filters the layered renderer needs, which the ffmpeg inside Remotion's compositor lacks. */
const NEEDED_FILTERS = ['overlay', 'rotate', 'concat', 'tpad', 'colorchannelmixer', 'sendcmd'];

export class SystemFfmpegMissingError extends Error {
	override readonly name = 'SystemFfmpegMissingError';
}

let found: string | null = null;

/**
 * The system's full ffmpeg (Debian's `ffmpeg` package), or `$CITES_FFMPEG`; checked once
 * for the filters the layered renderer composites with.
 */
export const findSystemFfmpeg = (): string => {
	if (found) return found;
	const candidate = process.env.CITES_FFMPEG ?? 'ffmpeg';
	const result = spawnSync(candidate, ['-hide_banner', '-filters'], {encoding: 'utf8'});
	if (result.error || result.status !== 0) {
		throw new SystemFfmpegMissingError(
			`No ffmpeg on this machine (${candidate}): the layered renderer composites with it. Install it (Debian: sudo apt-get install ffmpeg; scripts/setup.sh does), point CITES_FFMPEG at one, or render with --renderer reference`,
		);
	}
	const missing = NEEDED_FILTERS.filter((name) => !new RegExp(`^ \\S+ ${name} `, 'm').test(result.stdout));
	if (missing.length > 0) {
		throw new SystemFfmpegMissingError(
			`${candidate} lacks the filters ${missing.join(', ')}: install a full build (Debian's ffmpeg package), or render with --renderer reference`,
		);
	}
	found = candidate;
	return found;
};

/** Runs the system ffmpeg; an abort kills it. Rejects with the end of its log on failure. */
export const runSystemFfmpeg = (args: readonly string[], signal?: AbortSignal): Promise<void> =>
	new Promise((resolve, reject) => {
		const child = spawn(findSystemFfmpeg(), ['-hide_banner', '-nostats', '-loglevel', 'error', ...args], {
			stdio: ['ignore', 'ignore', 'pipe'],
			signal,
		});
		let log = '';
		child.stderr.on('data', (chunk: Buffer) => {
			log = (log + chunk.toString()).slice(-4000);
		});
		child.on('error', reject);
		child.on('close', (code) => {
			if (code === 0) resolve();
			else reject(new Error(`ffmpeg failed (exit ${code}): ${log.trim()}`));
		});
	});
