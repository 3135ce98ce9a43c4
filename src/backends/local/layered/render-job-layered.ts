import {makeCancelSignal, renderMedia, renderStill, selectComposition} from '@remotion/renderer';
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
import type {RenderSession} from '../render-session';
import {captureOverlays} from './capture-overlays';
import {getCompositeArgs, getMuxArgs} from './get-composite-args';
import {collectJsonArtifacts} from './collect-json-artifacts';
import {findTrackBoxes} from './find-track-boxes';
import {getOverlayList} from './get-overlay-list';
import {getProbeCaptures, measureLayeredContrast, pickLayeredContrastFrames} from './measure-layered-contrast';
import {makeSound} from './make-sound';
import {canMixWithoutBrowser, mixSound} from './mix-sound';
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
	const common = {
		serveUrl: session.serveUrl,
		puppeteerInstance: session.browser,
		...session.browserOptions,
		logLevel: session.logLevel,
	};
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
	try {
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
		// Measured while ffmpeg composites; awaited at the end (caught here so a failed
		// composite leaves no unhandled rejection behind).
		const contrast = !measures
			? Promise.resolve(getUnmeasuredContrast(settings.scale))
			: measureLayeredContrast({
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
				});
		contrast.catch(() => undefined);
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
		const pictures = settings.muted ? target.video : path.join(dir, 'pictures.mp4');
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
		if (!settings.muted) {
			// The sound is made while ffmpeg composites: mixed from the kind's sounds when it
			// lists them, else from a pass in Chrome that plays every frame once; then brought
			// to the loudness target, if the kind asks for it.
			const clips = kind.sounds?.(props) ?? null;
			const soundProps: LayersProps = {props, captures: [], pass: 'audio', hints};
			const mix = async (output: string) => {
				if (clips && (await canMixWithoutBrowser(clips, assetsDir))) {
					await mixSound({clips, durationInFrames: selected.durationInFrames, assetsDir, output, cancelSignal});
				} else {
					await renderMedia({
						...common,
						composition: {...selected, props: soundProps},
						inputProps: soundProps,
						codec: 'aac',
						outputLocation: output,
						overwrite: true,
						concurrency,
						cancelSignal,
					});
				}
			};
			const [, sound] = await Promise.all([
				composite,
				makeSound({
					dir,
					mix,
					normalize: settings.normalizeLoudness,
					seconds: selected.durationInFrames / FRAME.fps,
					signal: abort.signal,
				}),
			]);
			await runSystemFfmpeg(getMuxArgs({pictures, sound, output: target.video}), abort.signal);
		} else await composite;
		callbacks.onProgress(selected.durationInFrames, selected.durationInFrames);
		if (settings.cover && target.cover) {
			const composition = await selectComposition({...common, id: job.compositionId, inputProps: job.inputProps});
			await renderStill({
				...common,
				inputProps: job.inputProps,
				composition,
				frame: settings.cover.frame,
				output: target.cover,
				imageFormat: 'jpeg',
				jpegQuality: settings.cover.jpegQuality,
				overwrite: true,
				scale: settings.scale,
				cancelSignal,
			});
		}
		return {
			loudnessNormalized: !settings.muted && settings.normalizeLoudness,
			capturedFrames: plan.captures.length,
			contrast: await contrast,
		};
	} finally {
		await rm(dir, {recursive: true, force: true});
	}
};
