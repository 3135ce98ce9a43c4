import type {makeCancelSignal, selectComposition} from '@remotion/renderer';
import {mkdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {CONTRAST_PROBE_ENV, getContrastProbeFile} from '../../../components/contrast-probe';
import type {AnyKindModule} from '../../../kinds/asset-kind';
import type {LayersProps} from '../../../kinds/layers/layers-schema';
import {runSystemFfmpeg} from '../../../media/system-ffmpeg';
import {checkContrast, type FrameContrast} from '../../../qc/check-contrast';
import {LAYERED_CONTRAST_FRAMES, measureFrameContrast} from '../../../qc/contrast/measure-frame-contrast';
import {pickContrastFrames} from '../../../qc/contrast/pick-contrast-frames';
import type {QcCheck} from '../../../qc/qc-check';
import {FRAME} from '../../../specs/frame';
import type {ElementBox} from '../../../specs/find-safe-zone-violations';
import {captureOverlays} from './capture-overlays';
import {getContrastPairArgs} from './get-contrast-pair-args';
import type {LayerPlan} from './plan-layers';

type Composition = Awaited<ReturnType<typeof selectComposition>>;

/**
 * QC's contrast rule on the layered renderer's own layers, without footage in Chrome: at
 * the frames where the text holds still (pickContrastFrames), the picture as rendered is
 * ffmpeg's base under the overlay Chrome captured, and the picture without the text's fill
 * is the same base under one more capture drawn by ContrastProbe, which also gives the
 * text boxes; each element's contrast is read from the pair (findTextContrast). `captured`
 * is the render's own captures, reused; without it (`npm run check -- --contrast`) the
 * sampled frames' overlays are captured here. Work files go in `dir`.
 */
export const measureLayeredContrast = async (options: Parameters<typeof measureLayeredElements>[0]): Promise<QcCheck> =>
	checkContrast({...(await measureLayeredElements(options)), fps: FRAME.fps});

/** Each text element's contrast on the sampled frames (measureLayeredContrast), and the frames. */
export const measureLayeredElements = async ({
	common,
	composition,
	layers: {props, hints},
	kind,
	captured,
	scale,
	assetsDir,
	dir,
	cancelSignal,
	signal,
}: {
	common: Parameters<typeof captureOverlays>[0]['common'];
	/** The kind's layers composition, as selected. */
	composition: Composition;
	layers: Pick<LayersProps, 'props' | 'hints'>;
	kind: AnyKindModule;
	captured: {plan: Pick<LayerPlan, 'captureOfFrame'>; files: readonly string[]} | null;
	scale: number;
	assetsDir: string;
	dir: string;
	cancelSignal: ReturnType<typeof makeCancelSignal>['cancelSignal'];
	signal: AbortSignal;
}): Promise<{measured: FrameContrast[]; frames: number[]}> => {
	const {durationInFrames} = composition;
	const layers = kind.layers?.(props, durationInFrames, hints) ?? null;
	const frames = pickContrastFrames({layers, durationInFrames, max: LAYERED_CONTRAST_FRAMES});
	if (!layers || frames.length === 0) return {measured: [], frames};
	const work = path.join(dir, 'contrast');
	const captures = frames.map((frame) => ({frame, layer: 'overlay' as const}));
	const capture = async (name: string, extra: Partial<typeof common>) =>
		captureOverlays({
			common: {...common, ...extra},
			composition,
			props: {props, hints, captures, pass: 'pictures'},
			dir: path.join(work, name),
			scale,
			concurrency: 1,
			cancelSignal,
			onProgress: () => undefined,
		});
	const overlays = captured
		? frames.map((frame) => captured.files[captured.plan.captureOfFrame[frame]!]!)
		: await capture('overlays', {});
	const boxes = new Map<string, ElementBox[]>();
	const probes = await capture('probes', {
		envVariables: {[CONTRAST_PROBE_ENV]: '1'},
		onArtifact: (artifact) => {
			boxes.set(artifact.filename, JSON.parse(Buffer.from(artifact.content).toString('utf8')) as ElementBox[]);
		},
	});
	const width = Math.round(composition.width * scale);
	const height = Math.round(composition.height * scale);
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
	return {measured, frames};
};
