import {RenderInternals} from '@remotion/renderer';
import path from 'node:path';

/**
 * Runs the ffprobe that ships inside Remotion's compositor package, so users need no
 * system ffmpeg. Returns its parsed JSON output.
 */
export const runFfprobe = async (file: string, extraArgs: readonly string[] = []): Promise<unknown> => {
	const task = RenderInternals.callFf({
		bin: 'ffprobe',
		args: ['-v', 'error', '-print_format', 'json', ...extraArgs, path.resolve(file)],
		indent: false,
		logLevel: 'error',
		binariesDirectory: null,
		cancelSignal: undefined,
	});
	const {stdout} = await task;
	return JSON.parse(stdout);
};
