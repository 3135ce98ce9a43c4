import path from 'node:path';
import {LOUDNESS} from '../specs/loudness';
import {measureLoudness} from './measure-loudness';
import {runFfmpeg} from './run-ffmpeg';

/**
 * Two-pass loudness normalisation to the target of src/specs/loudness.ts: measure, then re-encode the
 * audio only (AAC-LC 48 kHz stereo) with loudnorm fed the measures, copying the video as
 * it is. Writes `output`; the caller measures the result again (never assumed).
 */
export const normalizeLoudness = async ({input, output}: {input: string; output: string}): Promise<void> => {
	const measured = await measureLoudness(input);
	const filter = [
		`loudnorm=I=${LOUDNESS.targetLufs}:TP=${LOUDNESS.normaliseTruePeakDbtp}:LRA=${LOUDNESS.normaliseLra}`,
		`measured_I=${measured.raw.input_i}:measured_TP=${measured.raw.input_tp}`,
		`measured_LRA=${measured.raw.input_lra}:measured_thresh=${measured.raw.input_thresh}`,
		`offset=${measured.raw.target_offset}:linear=true`,
	].join(':');
	await runFfmpeg([
		'-y',
		'-i',
		path.resolve(input),
		'-map',
		'0:v:0',
		'-map',
		'0:a:0',
		'-c:v',
		'copy',
		// loudnorm works at 192 kHz internally: bring it back to 48 kHz for delivery.
		'-af',
		`${filter},aresample=48000`,
		'-c:a',
		'aac',
		'-b:a',
		'192k',
		'-ar',
		'48000',
		'-ac',
		'2',
		'-movflags',
		'+faststart',
		path.resolve(output),
	]);
};
