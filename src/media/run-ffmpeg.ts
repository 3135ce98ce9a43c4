import {callRemotionFf} from './call-remotion-ff';

/**
 * Runs the ffmpeg that ships inside Remotion's compositor package (a minimal build: it
 * has loudnorm and the raw pipes used here), so users need no system ffmpeg.
 * Paths must be absolute: it runs in the package's folder.
 */
export const runFfmpeg = async (args: readonly string[]): Promise<{stdout: Buffer; stderr: string}> => {
	const result = await callRemotionFf({
		bin: 'ffmpeg',
		args: ['-hide_banner', '-nostats', ...args],
		options: {encoding: 'buffer'},
	});
	return {stdout: result.stdout as unknown as Buffer, stderr: result.stderr.toString()};
};
