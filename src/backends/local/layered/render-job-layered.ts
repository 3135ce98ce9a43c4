import {makeCancelSignal, selectComposition} from '@remotion/renderer';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {getCaptionWordsFile, isCaptionWordsFile, type WordBox} from '../../../components/caption-word-tracks';
import type {ElementBox} from '../../../specs/find-safe-zone-violations';
import type {AnyKindModule} from '../../../kinds/asset-kind';
import {getLayersCompositionId, type LayersProps} from '../../../kinds/layers/layers-schema';
import type {RenderJob} from '../../../kinds/render-job';
import {runSystemFfmpeg} from '../../../media/system-ffmpeg';
import {getUnmeasuredContrast, MIN_CONTRAST_SCALE} from '../../../qc/check-contrast';
import {FRAME} from '../../../specs/frame';
import type {RenderCallbacks, RenderStats, RenderTarget} from '../../backend';
import {renderCover} from '../render-cover';
import {getSessionOptions, type RenderSession} from '../render-session';
import {captureOverlays} from './capture-overlays';
import {getCompositeArgs, getMuxArgs} from './get-composite-args';
import {collectJsonArtifacts} from './collect-json-artifacts';
import {findTrackBoxes} from './find-track-boxes';
import {getOverlayList} from './get-overlay-list';
import {getProbeCaptures, measureLayeredContrast, pickLayeredContrastFrames} from './measure-layered-contrast';
import {makeSound} from './make-sound';
import {mixAssetSound} from './mix-sound';
import {planLayers} from './plan-layers';

/**
 * Renders one job in layers: Chrome captures only the overlay frames the plan asks for
 * (transparent PNG); ffmpeg draws the footage and backdrop itself, lays the captures over
 * them and encodes, in one run, while the sound is mixed; the two are then muxed.
 * Work files live in a temporary folder, removed whatever happens.
 */
export const renderJobLayered = async ({
	session,
	job,
	kind,
	target,
	assetsDir,
	concurrency,
	callbacks,
}: {
	session: RenderSession;
	job: RenderJob;
	kind: AnyKindModule;
	target: RenderTarget;
	assetsDir: string;
	concurrency: number | null;
	callbacks: RenderCallbacks;
}): Promise<RenderStats> => {
	const {settings} = job;
	const common = getSessionOptions(session);
	const {cancelSignal, cancel} = makeCancelSignal();
	const abort = new AbortController();
	callbacks.registerCancel(() => {
		cancel();
		abort.abort();
	});

	const selected = await selectComposition({
		...common,
		id: getLayersCompositionId(job.compositionId),
		inputProps: {props: job.inputProps, captures: [], pass: 'pictures', hints: null} satisfies LayersProps,
	});
	const {props, hints} = selected.props as LayersProps;
	const plan = planLayers(kind, props, selected.durationInFrames, hints);
	const dir = await mkdtemp(path.join(os.tmpdir(), `cites-layers-${job.id}-`));
	// Work that runs alongside the captures and the composite: the sound, which needs no
	// capture, QC's contrast and the cover. After a failure it is stopped and waited for
	// before the work files go.
	const alongside: Promise<unknown>[] = [];
	const meanwhile = <T>(work: Promise<T>): Promise<T> => {
		alongside.push(work);
		work.catch(() => undefined);
		return work;
	};
	try {
		const sound = settings.muted
			? null
			: meanwhile(
					makeSound({
						dir,
						mix: (output) =>
							mixAssetSound({
								clips: kind.sounds?.(props) ?? null,
								composition: {...selected, props: {props, captures: [], pass: 'audio', hints} satisfies LayersProps},
								options: common,
								assetsDir,
								output,
								concurrency,
								cancelSignal,
							}),
						normalize: settings.normalizeLoudness,
						seconds: selected.durationInFrames / FRAME.fps,
						signal: abort.signal,
					}),
				);
		// QC's contrast looks at a few held frames: Chrome draws them as they play and for
		// ContrastProbe in the same call.
		const measures = settings.scale >= MIN_CONTRAST_SCALE;
		const sampled = measures
			? pickLayeredContrastFrames(kind, {props, hints}, selected.durationInFrames)
			: {frames: [], layers: null};
		const captures = [...plan.captures, ...getProbeCaptures(sampled.frames)];
		const probes = collectJsonArtifacts<ElementBox[]>();
		const words = collectJsonArtifacts<WordBox[]>();
		const files = await captureOverlays({
			common: {
				...common,
				onArtifact: (artifact) => (isCaptionWordsFile(artifact.filename) ? words : probes).onArtifact(artifact),
			},
			composition: selected,
			props: {props, captures, pass: 'pictures', hints},
			dir: path.join(dir, 'captures'),
			scale: settings.scale,
			concurrency,
			cancelSignal,
			onProgress: (captured) => callbacks.onProgress(captured, captures.length),
		});
		const captureFiles = files.slice(0, plan.captures.length);
		const width = Math.round(selected.width * settings.scale);
		const height = Math.round(selected.height * settings.scale);
		// Measured while ffmpeg composites.
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
						size: {width, height, scale: settings.scale},
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
			size: {width, height, scale: settings.scale},
			dir,
			signal: abort.signal,
		});
		const tracks = plan.tracks.flatMap((track, i) =>
			boxes[i] ? [{file: captureFiles[track.capture]!, box: boxes[i]!, under: track.under, frames: track.frames}] : [],
		);
		const pictures = sound ? path.join(dir, 'pictures.mp4') : target.video;
		const composite = runSystemFfmpeg(
			getCompositeArgs({
				runs: plan.runs,
				resolveFootage: (src) => path.resolve(assetsDir, src),
				overlayList,
				tracks,
				transitions,
				size: {width, height, scale: settings.scale, fps: FRAME.fps},
				totalFrames: selected.durationInFrames,
				settings,
				output: pictures,
			}),
			abort.signal,
		);
		// Chrome is free while ffmpeg composites: the cover is drawn meanwhile.
		const cover = meanwhile(renderCover({options: common, job, output: target.cover, cancelSignal}));
		await composite;
		if (sound) await runSystemFfmpeg(getMuxArgs({pictures, sound: await sound, output: target.video}), abort.signal);
		await cover;
		callbacks.onProgress(selected.durationInFrames, selected.durationInFrames);
		return {
			loudnessNormalized: !settings.muted && settings.normalizeLoudness,
			capturedFrames: plan.captures.length,
			contrast: await contrast,
		};
	} catch (error) {
		cancel();
		abort.abort();
		throw error;
	} finally {
		await Promise.allSettled(alongside);
		await rm(dir, {recursive: true, force: true});
	}
};
