import type {DeliverySpec} from '../specs/delivery-specs';
import {LOUDNESS, START} from '../specs/loudness';
import type {LoudnessMeasure} from '../media/parse-loudnorm-report';
import type {StartMeasure} from '../media/media-probe';
import type {QcCheck} from './qc-check';

const db = (value: number, unit: string) => (Number.isFinite(value) ? `${value.toFixed(1)} ${unit}` : `-∞ ${unit}`);

/** Loudness −14 ± 1 LUFS and true peak ≤ −1 dBTP (kinds with sound). Pure. */
export const checkLoudness = (measure: LoudnessMeasure): QcCheck[] => {
	const {targetLufs, toleranceLu, maxTruePeakDbtp} = LOUDNESS;
	return [
		{
			rule: 'loudness',
			passed: Math.abs(measure.integratedLufs - targetLufs) <= toleranceLu,
			measured: db(measure.integratedLufs, 'LUFS'),
			limit: `${targetLufs} ± ${toleranceLu} LUFS`,
		},
		{
			rule: 'true peak',
			passed: measure.truePeakDbtp <= maxTruePeakDbtp,
			measured: db(measure.truePeakDbtp, 'dBTP'),
			limit: `≤ ${maxTruePeakDbtp} dBTP`,
		},
	];
};

/** The first half second is neither black nor (for kinds with sound) silent. Pure. */
export const checkStart = (measure: StartMeasure, spec: DeliverySpec): QcCheck[] => {
	const checks: QcCheck[] = [
		{
			rule: 'start not black',
			passed: measure.meanLuma >= START.minMeanLuma,
			measured: `mean luma ${measure.meanLuma.toFixed(0)} over ${START.windowSeconds} s`,
			limit: `≥ ${START.minMeanLuma}`,
		},
	];
	if (spec.audio === 'required') {
		const rms = measure.audioRmsDbfs ?? -Infinity;
		checks.push({
			rule: 'start not silent',
			passed: rms >= START.minAudioRmsDbfs,
			measured: `${db(rms, 'dBFS')} RMS over ${START.windowSeconds} s`,
			limit: `≥ ${START.minAudioRmsDbfs} dBFS`,
		});
	}
	return checks;
};
