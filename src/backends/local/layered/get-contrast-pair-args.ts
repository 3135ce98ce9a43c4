import type {BaseLayer} from '../../../timeline/frame-layers';
import {getBaseRuns} from '../../../timeline/get-base-runs';
import {type FrameSize, getBaseFilters, getFootageInputArgs} from './get-base-filters';

/** One sampled frame: its base, and the two overlays to lay on it (PNG files). */
export type ContrastFrame = {base: BaseLayer; overlay: string; probe: string};

/** The pictures a reader sees come back to RGB from what is encoded: BT.709, limited range. */
const TO_RGB = 'scale=in_color_matrix=bt709:in_range=tv,format=rgb24';

/**
 * One ffmpeg run that draws each sampled frame twice as the composite does (getCompositeArgs:
 * the base by the same filters, the overlay blended in BT.709 4:2:0), once under the overlay
 * as captured and once under the ContrastProbe's (the text without its fill), and writes each
 * picture as raw RGB to `outputs(i)` (`with` then `without`). Pure.
 */
export const getContrastPairArgs = ({
	frames,
	resolveFootage,
	size,
	output,
}: {
	frames: readonly ContrastFrame[];
	resolveFootage: (src: string) => string;
	size: FrameSize;
	/** Where frame i's picture goes, with or without the text's fill. */
	output: (index: number, picture: 'with' | 'without') => string;
}): string[] => {
	const inputs: string[] = [];
	const filters: string[] = [];
	const maps: string[] = [];
	const input = (args: string[]) => {
		inputs.push(...args);
		return inputs.filter((arg) => arg === '-i').length - 1;
	};
	frames.forEach(({base, overlay, probe}, i) => {
		// The frame's base as a run of one frame, drawn as the composite draws its runs.
		const run = getBaseRuns([{base, overlay: {type: 'moving'}}])[0]!;
		const footage = run.type === 'footage' ? input(getFootageInputArgs(run, size.fps, resolveFootage)) : null;
		filters.push(...getBaseFilters(run, `b${i}`, footage, size), `[b${i}]split[b${i}w][b${i}o]`);
		const pictures = [
			{name: 'with', file: overlay},
			{name: 'without', file: probe},
		] as const;
		for (const {name, file} of pictures) {
			const over = input(['-i', file]);
			const label = `${name}${i}`;
			filters.push(
				`[${over}:v]scale=out_color_matrix=bt709:out_range=tv,format=yuva420p[o${label}]`,
				`[b${i}${name === 'with' ? 'w' : 'o'}][o${label}]overlay=format=yuv420,format=yuv420p,${TO_RGB}[${label}]`,
			);
			maps.push('-map', `[${label}]`, '-frames:v', '1', '-f', 'rawvideo', output(i, name));
		}
	});
	return ['-y', ...inputs, '-filter_complex', filters.join(';'), ...maps];
};
