import React, {useContext, useLayoutEffect, useState} from 'react';
import {Artifact, useCurrentFrame} from 'remotion';
import {CONTRAST_PROBE_ENV, ContrastProbeContext, getContrastProbeFile} from './contrast-probe';
import {measureMarkedElements} from './measure-marked-elements';

// Text fill only: strokes, boxes and backgrounds stay, so the probe frame shows what stands behind the letters.
const HIDE_TEXT_FILL =
	'[data-safe-root] * {color: transparent !important; -webkit-text-fill-color: transparent !important;}';

const isProbing = (): boolean => typeof process !== 'undefined' && process.env?.[CONTRAST_PROBE_ENV] === '1';

/**
 * For QC's contrast check only (src/backends/local/layered/measure-layered-contrast.ts,
 * src/qc/measure-text-contrast.ts), when the render sets
 * REMOTION_CONTRAST_PROBE=1: draws the frame without the text's fill, and hands over where
 * each text element (`data-safe`) stands as a render artifact, so the letters can be told
 * from what is behind them and named. Renders nothing otherwise.
 */
export const ContrastProbe: React.FC = () => {
	const frame = useCurrentFrame();
	const probing = useContext(ContrastProbeContext) || isProbing();
	const [boxes, setBoxes] = useState('[]');
	// After every render: the text settles once the fonts are in. The same boxes give the same
	// string, which React does not re-render for: no loop.
	// eslint-disable-next-line react-hooks/exhaustive-deps
	useLayoutEffect(() => {
		if (probing) setBoxes(JSON.stringify(measureMarkedElements()));
	});
	if (!probing) return null;
	return (
		<>
			<style>{HIDE_TEXT_FILL}</style>
			<Artifact filename={getContrastProbeFile(frame)} content={boxes} />
		</>
	);
};
