import path from 'node:path';
import {type LoudnessMeasure, parseLoudnormReport} from './parse-loudnorm-report';
import {LOUDNESS} from '../specs/loudness';
import {runFfmpeg} from './run-ffmpeg';

/** Integrated loudness (LUFS) and true peak (dBTP) of a file's audio, per ITU-R BS.1770 (loudnorm). */
export const measureLoudness = async (file: string): Promise<LoudnessMeasure & {raw: Record<string, string>}> => {
	const {stderr} = await runFfmpeg([
		'-vn',
		'-i',
		path.resolve(file),
		'-af',
		`loudnorm=I=${LOUDNESS.targetLufs}:TP=${LOUDNESS.normaliseTruePeakDbtp}:LRA=${LOUDNESS.normaliseLra}:print_format=json`,
		'-f',
		'null',
		'-',
	]);
	return parseLoudnormReport(stderr);
};
