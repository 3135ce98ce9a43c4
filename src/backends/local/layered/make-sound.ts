import path from 'node:path';
import {normalizeLoudness} from '../../../media/normalize-loudness';
import {runSystemFfmpeg} from '../../../media/system-ffmpeg';

/**
 * An asset's sound, in `dir`: made by `mix` (AAC), then, with `normalize`, brought to the
 * loudness target the way the delivered MP4 would be (src/media/normalize-loudness.ts, fed
 * the sound in an MP4 so its length reads as it would there). Gives back the file to mux.
 */
export const makeSound = async ({
	dir,
	mix,
	normalize,
	seconds,
	signal,
}: {
	dir: string;
	mix: (output: string) => Promise<unknown>;
	normalize: boolean;
	/** How long the pictures last: sound beyond that is the encoder's priming. */
	seconds: number;
	signal: AbortSignal;
}): Promise<string> => {
	const mixed = path.join(dir, 'sound.aac');
	await mix(mixed);
	if (!normalize) return mixed;
	const boxed = path.join(dir, 'sound.mp4');
	await runSystemFfmpeg(['-y', '-i', mixed, '-c', 'copy', '-f', 'mp4', boxed], signal);
	const normalized = path.join(dir, 'sound-normalized.mp4');
	await normalizeLoudness({input: boxed, output: normalized, videoSeconds: seconds});
	return normalized;
};
