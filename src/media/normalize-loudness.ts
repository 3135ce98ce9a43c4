import path from 'node:path';
import {LOUDNESS} from '../specs/loudness';
import type {MediaProbe} from './media-probe';
import {measureLoudness} from './measure-loudness';
import {probeMedia} from './probe-media';
import {runFfmpeg} from './run-ffmpeg';

/** More sound than pictures by less than this is encoder priming, not content. */
const MAX_PRIMING_SECONDS = 0.2;

/**
 * Seconds of sound before the first frame's: the AAC encoder's priming (1,024 samples per
 * encode) that the sound arrives with when no edit list says to skip it (Remotion's AAC
 * comes as ADTS). Left in, it plays every word about 43 ms late (test/media/footage-sync.test.ts).
 */
const getPrimingLead = ({video, audio}: MediaProbe, videoSeconds: number | null): number => {
	const excess = (audio?.durationSeconds ?? 0) - (videoSeconds ?? video?.durationSeconds ?? Infinity);
	return excess > 0.001 && excess < MAX_PRIMING_SECONDS ? excess : 0;
};

/**
 * Two-pass loudness normalisation to the target of src/specs/loudness.ts: measure, then re-encode the
 * audio only (AAC-LC 48 kHz stereo) with loudnorm fed the measures, copying the video as
 * it is; the sound starts with the first frame (priming cut). Writes `output`; the caller measures the result again (never assumed).
 * A sound-only `input` (the layered renderer's, done while the pictures are encoded) gives
 * a sound-only MP4, with `videoSeconds` the length of the pictures it goes with.
 */
export const normalizeLoudness = async ({
	input,
	output,
	videoSeconds = null,
}: {
	input: string;
	output: string;
	videoSeconds?: number | null;
}): Promise<void> => {
	const measured = await measureLoudness(input);
	const probe = await probeMedia(input);
	const lead = getPrimingLead(probe, videoSeconds);
	const loudnorm = [
		`loudnorm=I=${LOUDNESS.targetLufs}:TP=${LOUDNESS.normaliseTruePeakDbtp}:LRA=${LOUDNESS.normaliseLra}`,
		`measured_I=${measured.raw.input_i}:measured_TP=${measured.raw.input_tp}`,
		`measured_LRA=${measured.raw.input_lra}:measured_thresh=${measured.raw.input_thresh}`,
		`offset=${measured.raw.target_offset}:linear=true`,
	].join(':');
	const trim = lead > 0 ? [`atrim=start=${lead.toFixed(6)}`, 'asetpts=PTS-STARTPTS'] : [];
	const filter = [...trim, loudnorm].join(',');
	await runFfmpeg([
		'-y',
		'-i',
		path.resolve(input),
		...(probe.video ? ['-map', '0:v:0', '-c:v', 'copy'] : []),
		'-map',
		'0:a:0',
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
