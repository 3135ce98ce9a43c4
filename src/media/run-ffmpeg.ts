import {RenderInternals} from '@remotion/renderer';

/**
 * Runs the ffmpeg that ships inside Remotion's compositor package (a minimal build: it
 * has loudnorm and the raw pipes used here), so users need no system ffmpeg.
 * Paths must be absolute: it runs in the package's folder.
 */
export const runFfmpeg = async (args: readonly string[]): Promise<{stdout: Buffer; stderr: string}> => {
	const task = RenderInternals.callFf({
		bin: 'ffmpeg',
		args: ['-hide_banner', '-nostats', ...args],
		indent: false,
		logLevel: 'error',
		binariesDirectory: null,
		cancelSignal: undefined,
		options: {encoding: 'buffer'},
	});
	const result = await task;
	return {stdout: result.stdout as unknown as Buffer, stderr: result.stderr.toString()};
};
