import {callRemotionFf} from './call-remotion-ff';
import path from 'node:path';

/**
 * Runs the ffprobe that ships inside Remotion's compositor package, so users need no
 * system ffmpeg. Returns its parsed JSON output.
 */
export const runFfprobe = async (file: string, extraArgs: readonly string[] = []): Promise<unknown> => {
	const task = callRemotionFf({
		bin: 'ffprobe',
		args: ['-v', 'error', '-print_format', 'json', ...extraArgs, path.resolve(file)],
	});
	const {stdout} = await task;
	return JSON.parse(stdout);
};
