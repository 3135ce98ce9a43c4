import path from 'node:path';
import {runSystemFfmpeg} from '../../../media/system-ffmpeg';
import {FRAME} from '../../../specs/frame';
import type {RenderCallbacks, RenderStats, RenderTarget} from '../../backend';
import {renderCover} from '../render-cover';
import type {LayeredCapture} from './capture-layers';
import {getCompositeArgs, getMuxArgs} from './get-composite-args';

/**
 * The ffmpeg stage of a layered render: ffmpeg draws the footage and backdrop itself, lays
 * the captures over them and encodes, in one run, while Chrome draws the cover; the sound,
 * made alongside, is then muxed in. Takes the capture over: whatever happens, its work
 * files go.
 */
export const compositeLayers = async ({
	capture,
	target,
	callbacks,
}: {
	capture: LayeredCapture;
	target: RenderTarget;
	callbacks: RenderCallbacks;
}): Promise<RenderStats> => {
	const {job, composition, plan, sound, size} = capture;
	const {settings} = job;
	callbacks.registerCancel(capture.cancel);
	try {
		const pictures = sound ? path.join(capture.dir, 'pictures.mp4') : target.video;
		const composite = runSystemFfmpeg(
			getCompositeArgs({
				runs: plan.runs,
				resolveFootage: (src) => path.resolve(capture.assetsDir, src),
				overlayList: capture.overlayList,
				tracks: capture.tracks,
				transitions: capture.transitions,
				size: {...size, scale: settings.scale, fps: FRAME.fps},
				totalFrames: composition.durationInFrames,
				settings,
				output: pictures,
			}),
			capture.signal,
		);
		// Chrome is free while ffmpeg composites: the cover is drawn meanwhile.
		const cover = capture.meanwhile(
			renderCover({options: capture.options, job, output: target.cover, cancelSignal: capture.cancelSignal}),
		);
		await composite;
		if (sound) await runSystemFfmpeg(getMuxArgs({pictures, sound: await sound, output: target.video}), capture.signal);
		await cover;
		callbacks.onProgress(composition.durationInFrames, composition.durationInFrames);
		return {
			loudnessNormalized: !settings.muted && settings.normalizeLoudness,
			capturedFrames: plan.captures.length,
			contrast: await capture.contrast,
		};
	} catch (error) {
		capture.cancel();
		throw error;
	} finally {
		await capture.dispose();
	}
};
