import {RenderInternals} from '@remotion/renderer';
import path from 'node:path';

type CallFfOptions = Parameters<typeof RenderInternals.callFf>[0];

let directory: string | undefined;

/**
 * The folder of the ffmpeg, ffprobe and compositor that ship inside Remotion, worked out
 * once. Without it, Remotion works it out again on every call: it asks Node for a whole
 * diagnostic report to tell glibc from musl, which costs the main thread tens of
 * milliseconds per call once Chrome and ffmpeg are running (about 1.4 s over three teasers).
 * Every Remotion call we make is given it (`binariesDirectory`).
 */
export const getRemotionBinariesDirectory = (): string =>
	(directory ??= path.dirname(
		RenderInternals.getExecutablePath({type: 'ffmpeg', indent: false, logLevel: 'error', binariesDirectory: null}),
	));

/** Runs Remotion's own ffmpeg or ffprobe (a minimal build, so users need no system ffmpeg). Paths must be absolute: it runs in the package's folder. */
export const callRemotionFf = ({bin, args, options}: Pick<CallFfOptions, 'bin' | 'args' | 'options'>) =>
	RenderInternals.callFf({
		bin,
		args,
		indent: false,
		logLevel: 'error',
		binariesDirectory: getRemotionBinariesDirectory(),
		cancelSignal: undefined,
		options,
	});
