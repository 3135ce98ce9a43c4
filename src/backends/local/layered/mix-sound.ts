import {type makeCancelSignal, RenderInternals, renderMedia, stitchFramesToVideo} from '@remotion/renderer';
import type {VideoConfig} from 'remotion';
import path from 'node:path';
import {getSoundAssets} from '../../../audio/get-sound-assets';
import {getRemotionBinariesDirectory} from '../../../media/call-remotion-ff';
import type {SoundClip} from '../../../audio/sound-clip';
import {probeMedia} from '../../../media/probe-media';
import {FRAME} from '../../../specs/frame';
import type {SessionOptions} from '../render-session';
import {serveFolder} from './serve-folder';

/** Remotion's default, which the reference renderer mixes at. */
const SAMPLE_RATE = 48000;

/**
 * Whether the sounds can be mixed without the browser: a looped file (a music bed) must
 * last the whole clip, since how the browser would loop it depends on the length it reads.
 */
const canMixWithoutBrowser = async (clips: readonly SoundClip[], assetsDir: string): Promise<boolean> => {
	for (const clip of clips.filter((c) => c.loop)) {
		const probe = await probeMedia(path.resolve(assetsDir, clip.src));
		if (probe.durationSeconds * FRAME.fps < clip.trimBefore + clip.durationInFrames + FRAME.fps) return false;
	}
	return true;
};

/**
 * An asset's sound as AAC, mixed by Remotion's own mixer from the assets its SoundTrack
 * registers on every frame (getSoundAssets), worked out here instead of played in Chrome:
 * the same sound as the reference renderer's, sample for sample.
 */
const mixSound = async ({
	clips,
	durationInFrames,
	assetsDir,
	output,
	cancelSignal,
}: {
	clips: readonly SoundClip[];
	durationInFrames: number;
	assetsDir: string;
	output: string;
	cancelSignal: ReturnType<typeof makeCancelSignal>['cancelSignal'];
}): Promise<void> => {
	const server = await serveFolder(assetsDir);
	const downloadMap = RenderInternals.makeDownloadMap(SAMPLE_RATE);
	try {
		const assets = getSoundAssets({
			clips,
			durationInFrames,
			resolveSrc: (src) => (/^https?:\/\//.test(src) ? src : server.url(src)),
		});
		await stitchFramesToVideo({
			fps: FRAME.fps,
			width: FRAME.width,
			height: FRAME.height,
			codec: 'aac',
			outputLocation: output,
			force: true,
			cancelSignal,
			sampleRate: SAMPLE_RATE,
			binariesDirectory: getRemotionBinariesDirectory(),
			assetsInfo: {
				assets,
				imageSequenceName: 'element-%d.png',
				firstFrameIndex: 0,
				downloadMap,
				chunkLengthInSeconds: durationInFrames / FRAME.fps,
				trimLeftOffset: 0,
				trimRightOffset: 0,
				forSeamlessAacConcatenation: false,
			},
		});
	} finally {
		await server.close();
		RenderInternals.deleteDirectory(downloadMap.assetDir);
	}
};

/**
 * An asset's sound as AAC: mixed from the kind's sound clips when it lists them and they
 * can be (mixSound), else recorded by Chrome playing every frame of `composition` once.
 */
export const mixAssetSound = async ({
	clips,
	composition,
	options,
	assetsDir,
	output,
	concurrency,
	cancelSignal,
}: {
	clips: readonly SoundClip[] | null;
	/** The layers composition with the props of its sound pass. */
	composition: VideoConfig;
	options: SessionOptions;
	assetsDir: string;
	output: string;
	concurrency: number | null;
	cancelSignal: ReturnType<typeof makeCancelSignal>['cancelSignal'];
}): Promise<void> => {
	if (clips && (await canMixWithoutBrowser(clips, assetsDir))) {
		await mixSound({clips, durationInFrames: composition.durationInFrames, assetsDir, output, cancelSignal});
		return;
	}
	await renderMedia({
		...options,
		composition,
		inputProps: composition.props,
		codec: 'aac',
		outputLocation: output,
		overwrite: true,
		concurrency,
		cancelSignal,
	});
};
