import {makeCancelSignal, selectComposition} from '@remotion/renderer';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {getCaptionWordsFile, isCaptionWordsFile, type WordBox} from '../../../components/caption-word-tracks';
import type {AnyKindModule} from '../../../kinds/asset-kind';
import {getLayersCompositionId, type LayersProps} from '../../../kinds/layers/layers-schema';
import type {RenderJob} from '../../../kinds/render-job';
import {getUnmeasuredContrast, MIN_CONTRAST_SCALE} from '../../../qc/check-contrast';
import type {QcCheck} from '../../../qc/qc-check';
import {FRAME} from '../../../specs/frame';
import type {ElementBox} from '../../../specs/find-safe-zone-violations';
import {getSessionOptions, type RenderSession, type SessionOptions} from '../render-session';
import {captureOverlays} from './capture-overlays';
import {collectJsonArtifacts} from './collect-json-artifacts';
import {findTrackBoxes} from './find-track-boxes';
import type {CompositeTransition} from './get-composite-args';
import {getOverlayList} from './get-overlay-list';
import type {CompositeTrack} from './lay-track';
import {makeSound} from './make-sound';
import {getProbeCaptures, measureLayeredContrast, pickLayeredContrastFrames} from './measure-layered-contrast';
import {mixAssetSound} from './mix-sound';
import {planLayers, type LayerPlan} from './plan-layers';

type Composition = Awaited<ReturnType<typeof selectComposition>>;

/**
 * A job's layers once Chrome is done with them: what ffmpeg composites (the plan, the
 * overlay lists, the tracks and their boxes), the work still running alongside (the sound,
 * QC's contrast), and its work folder. Whoever holds it composites it, or cancels it, and
 * disposes of it.
 */
export type LayeredCapture = {
	job: RenderJob;
	options: SessionOptions;
	/** The folder the footage paths are relative to. */
	assetsDir: string;
	composition: Composition;
	plan: LayerPlan;
	dir: string;
	overlayList: string;
	tracks: CompositeTrack[];
	transitions: CompositeTransition[];
	size: {width: number; height: number};
	/** The sound to mux, made alongside; null when the job is muted. */
	sound: Promise<string> | null;
	contrast: Promise<QcCheck>;
	cancelSignal: ReturnType<typeof makeCancelSignal>['cancelSignal'];
	signal: AbortSignal;
	/** Starts more work alongside: after a failure it is stopped and waited for before the work files go. */
	meanwhile: <T>(work: Promise<T>) => Promise<T>;
	/** Stops whatever of this job still runs. */
	cancel: () => void;
	/** Waits for the work alongside to end, then removes the work folder. */
	dispose: () => Promise<void>;
};

/** `work`, or a rejection as soon as `signal` aborts (the work is left to end on its own). */
const untilAborted = <T>(work: Promise<T>, signal: AbortSignal): Promise<T> => {
	work.catch(() => undefined);
	return new Promise<T>((resolve, reject) => {
		const stop = () => reject(new Error(`Cancelled: ${String(signal.reason)}`));
		if (signal.aborted) return stop();
		signal.addEventListener('abort', stop, {once: true});
		work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
	});
};

/**
 * The Chrome stage of a layered render: the layers composition selected (which measures the
 * captions), the plan made, the overlay frames the plan asks for captured (transparent PNG)
 * with QC's contrast probes, the tracks' boxes found; the sound starts from the beginning and
 * QC's contrast once the captures are in, both alongside. On failure nothing is left behind.
 */
export const captureLayers = async ({
	session,
	job,
	kind,
	assetsDir,
	concurrency,
	registerCancel,
	onProgress,
}: {
	session: RenderSession;
	job: RenderJob;
	kind: AnyKindModule;
	assetsDir: string;
	concurrency: number | null;
	registerCancel: (cancel: () => void) => void;
	onProgress: (captured: number, total: number) => void;
}): Promise<LayeredCapture> => {
	const {settings} = job;
	const options = getSessionOptions(session);
	const {cancelSignal, cancel: cancelRemotion} = makeCancelSignal();
	const abort = new AbortController();
	const cancel = () => {
		cancelRemotion();
		abort.abort();
	};
	registerCancel(cancel);
	const alongside: Promise<unknown>[] = [];
	const meanwhile = <T>(work: Promise<T>): Promise<T> => {
		alongside.push(work);
		work.catch(() => undefined);
		return work;
	};

	// selectComposition takes no cancel signal, and once a render was cancelled in the same
	// browser it may never answer: a cancel stops the wait (the browser is closed after).
	const composition = await untilAborted(
		selectComposition({
			...options,
			id: getLayersCompositionId(job.compositionId),
			inputProps: {props: job.inputProps, captures: [], pass: 'pictures', hints: null} satisfies LayersProps,
		}),
		abort.signal,
	);
	const {props, hints} = composition.props as LayersProps;
	const plan = planLayers(kind, props, composition.durationInFrames, hints);
	const dir = await mkdtemp(path.join(os.tmpdir(), `cites-layers-${job.id}-`));
	const dispose = async () => {
		await Promise.allSettled(alongside);
		await rm(dir, {recursive: true, force: true});
	};
	try {
		// The sound needs no capture: mixed (or played once by Chrome), then brought to the
		// loudness target if the kind asks.
		const sound = settings.muted
			? null
			: meanwhile(
					makeSound({
						dir,
						mix: (output) =>
							mixAssetSound({
								clips: kind.sounds?.(props) ?? null,
								composition: {...composition, props: {props, captures: [], pass: 'audio', hints} satisfies LayersProps},
								options,
								assetsDir,
								output,
								concurrency,
								cancelSignal,
							}),
						normalize: settings.normalizeLoudness,
						seconds: composition.durationInFrames / FRAME.fps,
						signal: abort.signal,
					}),
				);
		// QC's contrast looks at a few held frames: Chrome draws them as they play and for
		// ContrastProbe in the same call.
		const measures = settings.scale >= MIN_CONTRAST_SCALE;
		const sampled = measures
			? pickLayeredContrastFrames(kind, {props, hints}, composition.durationInFrames)
			: {frames: [], layers: null};
		const captures = [...plan.captures, ...getProbeCaptures(sampled.frames)];
		const probes = collectJsonArtifacts<ElementBox[]>();
		const words = collectJsonArtifacts<WordBox[]>();
		const files = await captureOverlays({
			common: {
				...options,
				onArtifact: (artifact) => (isCaptionWordsFile(artifact.filename) ? words : probes).onArtifact(artifact),
			},
			composition,
			props: {props, captures, pass: 'pictures', hints},
			dir: path.join(dir, 'captures'),
			scale: settings.scale,
			concurrency,
			cancelSignal,
			onProgress: (captured) => onProgress(captured, captures.length),
		});
		const captureFiles = files.slice(0, plan.captures.length);
		const size = {
			width: Math.round(composition.width * settings.scale),
			height: Math.round(composition.height * settings.scale),
		};
		const contrast = !measures
			? Promise.resolve(getUnmeasuredContrast(settings.scale))
			: meanwhile(
					measureLayeredContrast({
						layers: sampled.layers,
						captured: {
							frames: sampled.frames,
							overlays: files.slice(plan.captures.length, plan.captures.length + sampled.frames.length),
							probes: files.slice(plan.captures.length + sampled.frames.length),
							boxes: probes.files,
						},
						size: {...size, scale: settings.scale},
						assetsDir,
						dir,
						signal: abort.signal,
					}),
				);
		const overlayList = path.join(dir, 'overlays.ffconcat');
		await writeFile(overlayList, getOverlayList({captureOfFrame: plan.captureOfFrame, captureFiles, fps: FRAME.fps}));
		const transitions = await Promise.all(
			plan.transitions.map(async (transition, k) => {
				const list = path.join(dir, `entering-${k}.ffconcat`);
				await writeFile(
					list,
					getOverlayList({captureOfFrame: transition.captureOfFrame, captureFiles, fps: FRAME.fps}),
				);
				return {plan: transition, overlayList: list};
			}),
		);
		const boxes = await findTrackBoxes({
			tracks: plan.tracks,
			files: captureFiles,
			partBoxes: (capture) => words.files.get(getCaptionWordsFile(plan.captures[capture]!.solo ?? '')),
			size: {...size, scale: settings.scale},
			dir,
			signal: abort.signal,
		});
		const tracks = plan.tracks.flatMap((track, i) =>
			boxes[i] ? [{file: captureFiles[track.capture]!, box: boxes[i]!, under: track.under, frames: track.frames}] : [],
		);
		return {
			job,
			options,
			assetsDir,
			composition,
			plan,
			dir,
			overlayList,
			tracks,
			transitions,
			size,
			sound,
			contrast,
			cancelSignal,
			signal: abort.signal,
			meanwhile,
			cancel,
			dispose,
		};
	} catch (error) {
		cancel();
		await dispose();
		throw error;
	}
};
