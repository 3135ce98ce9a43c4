import type {SoundClip} from './sound-clip';

/** What Remotion's renderer records of a sound on one frame (its TRenderAsset of type audio). */
export type SoundAsset = {
	type: 'audio';
	src: string;
	id: string;
	frame: number;
	volume: number;
	mediaFrame: number;
	playbackRate: 1;
	toneFrequency: 1;
	audioStartFrame: number;
	audioStreamIndex: 0;
};

export type FrameSoundAssets = {
	frame: number;
	audioAndVideoAssets: SoundAsset[];
	artifactAssets: [];
	inlineAudioAssets: [];
};

/**
 * The sound assets of every frame of an asset, as Remotion's <Html5Audio> registers them in
 * the browser when SoundTrack plays `clips` (remotion/dist/cjs/audio/AudioForRendering.js):
 * a frame counts only where the gain is above 0, the gain is never below 0, and the file is
 * read `trimBefore` frames in. Remotion's own mixing of these gives the same sound as a
 * render in Chrome, without playing every frame there. Pure.
 */
export const getSoundAssets = ({
	clips,
	durationInFrames,
	resolveSrc,
}: {
	clips: readonly SoundClip[];
	durationInFrames: number;
	/** The URL the mixer downloads a clip's file from. */
	resolveSrc: (src: string) => string;
}): FrameSoundAssets[] => {
	const frames: FrameSoundAssets[] = Array.from({length: durationInFrames}, (_, frame) => ({
		frame,
		audioAndVideoAssets: [],
		artifactAssets: [],
		inlineAudioAssets: [],
	}));
	clips.forEach((clip, index) => {
		const src = resolveSrc(clip.src);
		const id = `sound-${index}-${clip.fromFrame}-${clip.trimBefore}`;
		const end = Math.min(durationInFrames, clip.fromFrame + clip.durationInFrames);
		for (let frame = Math.max(0, clip.fromFrame); frame < end; frame++) {
			const local = frame - clip.fromFrame;
			const volume = Math.max(0, clip.volume(local));
			if (!(volume > 0)) continue;
			frames[frame]!.audioAndVideoAssets.push({
				type: 'audio',
				src,
				id,
				frame,
				volume,
				mediaFrame: clip.trimBefore + local,
				playbackRate: 1,
				toneFrequency: 1,
				audioStartFrame: clip.trimBefore,
				audioStreamIndex: 0,
			});
		}
	});
	return frames;
};
