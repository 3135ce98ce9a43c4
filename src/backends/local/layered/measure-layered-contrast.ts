import type {makeCancelSignal, selectComposition} from '@remotion/renderer';
import {mkdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {getContrastProbeFile} from '../../../components/contrast-probe';
import type {AnyKindModule} from '../../../kinds/asset-kind';
import type {Capture, LayersProps} from '../../../kinds/layers/layers-schema';
import {runSystemFfmpeg} from '../../../media/system-ffmpeg';
import {checkContrast, type FrameContrast} from '../../../qc/check-contrast';
import {LAYERED_CONTRAST_FRAMES, measureFrameContrast} from '../../../qc/contrast/measure-frame-contrast';
import {pickContrastFrames} from '../../../qc/contrast/pick-contrast-frames';
import type {QcCheck} from '../../../qc/qc-check';
import {FRAME} from '../../../specs/frame';
import type {ElementBox} from '../../../specs/find-safe-zone-violations';
import {captureOverlays} from './capture-overlays';
import {collectJsonArtifacts} from './collect-json-artifacts';
import {getContrastPairArgs} from './get-contrast-pair-args';
import type {FrameLayers} from '../../../timeline/frame-layers';

type Composition = Awaited<ReturnType<typeof selectComposition>>;

/** The frames QC's contrast rule looks at on a layered asset, from the kind's layers (pickContrastFrames). Pure. */
export const pickLayeredContrastFrames = (
	kind: AnyKindModule,
	{props, hints}: Pick<LayersProps, 'props' | 'hints'>,
	durationInFrames: number,
): {frames: number[]; layers: FrameLayers[] | null} => {
	const layers = kind.layers?.(props, durationInFrames, hints) ?? null;
	return {frames: layers ? pickContrastFrames({layers, durationInFrames, max: LAYERED_CONTRAST_FRAMES}) : [], layers};
};

/**
 * The captures QC's contrast reads at `frames`: each overlay as the asset plays (every block
 * in place), then each drawn by ContrastProbe (the text without its fill, its boxes as artifacts).
 */
export const getProbeCaptures = (frames: readonly number[]): Capture[] => [
	...frames.map((frame) => ({frame, layer: 'overlay' as const, live: true})),
	...frames.map((frame) => ({frame, layer: 'overlay' as const, probe: true})),
];

/** A layered asset's sampled frames, as captured: each overlay, the same drawn by ContrastProbe, the text boxes. */
export type ContrastCaptures = {
	frames: readonly number[];
	overlays: readonly string[];
	probes: readonly string[];
	boxes: ReadonlyMap<string, ElementBox[]>;
};

/**
 * The sampled frames' overlays and probes captured in one call (`npm run check -- --contrast`,
 * which renders no video; a render captures its probes with its own overlays).
 */
export const captureContrastFrames = async ({
	common,
	composition,
	layers: {props, hints},
	frames,
	scale,
	dir,
	cancelSignal,
}: {
	common: Parameters<typeof captureOverlays>[0]['common'];
	composition: Composition;
	layers: Pick<LayersProps, 'props' | 'hints'>;
	frames: readonly number[];
	scale: number;
	dir: string;
	cancelSignal: ReturnType<typeof makeCancelSignal>['cancelSignal'];
}): Promise<ContrastCaptures> => {
	const {files: boxes, onArtifact} = collectJsonArtifacts<ElementBox[]>();
	const captures = getProbeCaptures(frames);
	const files = await captureOverlays({
		common: {...common, onArtifact},
		composition,
		props: {props, hints, captures, pass: 'pictures'},
		dir,
		scale,
		concurrency: 1,
		cancelSignal,
		onProgress: () => undefined,
	});
	return {frames, overlays: files.slice(0, frames.length), probes: files.slice(frames.length), boxes};
};

/**
 * QC's contrast rule on the layered renderer's own layers, without footage in Chrome: at
 * the sampled frames, the picture as rendered is ffmpeg's base under the overlay Chrome
 * captured, and the picture without the text's fill is the same base under the capture
 * ContrastProbe drew, which also gave the text boxes; each element's contrast is read from
 * the pair (findTextContrast). Work files go in `dir`.
 */
export const measureLayeredContrast = async (options: Parameters<typeof measureLayeredElements>[0]): Promise<QcCheck> =>
	checkContrast({...(await measureLayeredElements(options)), fps: FRAME.fps});

/** Each text element's contrast on the sampled frames (measureLayeredContrast), and the frames. */
export const measureLayeredElements = async ({
	layers,
	captured: {frames, overlays, probes, boxes},
	size,
	assetsDir,
	dir,
	signal,
}: {
	layers: readonly FrameLayers[] | null;
	captured: ContrastCaptures;
	size: {width: number; height: number; scale: number};
	assetsDir: string;
	dir: string;
	signal: AbortSignal;
}): Promise<{measured: FrameContrast[]; frames: number[]}> => {
	if (!layers || frames.length === 0) return {measured: [], frames: [...frames]};
	const {width, height, scale} = size;
	const work = path.join(dir, 'contrast');
	const picture = (i: number, which: 'with' | 'without') => path.join(work, `${i}-${which}.rgb`);
	await mkdir(work, {recursive: true});
	await runSystemFfmpeg(
		getContrastPairArgs({
			frames: frames.map((frame, i) => ({base: layers[frame]!.base, overlay: overlays[i]!, probe: probes[i]!})),
			resolveFootage: (src) => path.resolve(assetsDir, src),
			size: {width, height, scale, fps: FRAME.fps},
			output: picture,
		}),
		signal,
	);
	const measured: FrameContrast[] = [];
	for (const [i, frame] of frames.entries()) {
		const probed = boxes.get(getContrastProbeFile(frame));
		if (!probed)
			throw new Error(`No text boxes came back for frame ${frame}; is <ContrastProbe /> in the composition?`);
		const [withText, withoutText] = await Promise.all([readFile(picture(i, 'with')), readFile(picture(i, 'without'))]);
		measured.push(
			...measureFrameContrast({
				frame,
				width,
				withText: new Uint8Array(withText),
				withoutText: new Uint8Array(withoutText),
				boxes: probed,
				scale,
			}),
		);
	}
	return {measured, frames: [...frames]};
};
