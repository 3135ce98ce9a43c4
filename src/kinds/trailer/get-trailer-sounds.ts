import {getClipVolume} from '../../audio/get-clip-volume';
import {dbToGain, getMusicVolume} from '../../audio/get-music-volume';
import type {SoundClip} from '../../audio/sound-clip';
import {FRAME} from '../../specs/frame';
import {getSegmentFrames} from '../../timeline/get-segment-frames';
import {getPropsTimeline} from './get-props-timeline';
import type {TrailerProps} from './schema';

/**
 * A trailer's sound: each clip's own sound, faded at both ends, where its scene is placed;
 * then the campaign's music under the whole trailer, looped if the trailer outlasts it and
 * ducked under every clip. Pure.
 */
export const getTrailerSounds = (
	props: Pick<TrailerProps, 'scenes' | 'transitions' | 'slot' | 'sound'>,
): SoundClip[] => {
	const {sound} = props;
	const timeline = getPropsTimeline(props);
	const clips = timeline.scenes.flatMap((placed, index): SoundClip[] => {
		const scene = props.scenes[index];
		if (scene?.type !== 'clip') return [];
		const [cut] = getSegmentFrames({segments: [scene], fps: FRAME.fps});
		if (!cut) return [];
		return [
			{
				src: scene.footage,
				fromFrame: placed.fromFrame,
				durationInFrames: Math.min(placed.durationInFrames, cut.durationInFrames),
				trimBefore: cut.trimBefore,
				volume: (frame) =>
					getClipVolume({
						frame,
						durationInFrames: cut.durationInFrames,
						volume: sound.clipVolume,
						fadeFrames: sound.clipFadeFrames,
					}),
				loop: false,
			},
		];
	});
	const ducked = sound.musicVolume * dbToGain(-sound.duckByDb);
	const music: SoundClip = {
		src: sound.music,
		fromFrame: 0,
		durationInFrames: timeline.durationInFrames,
		trimBefore: 0,
		volume: (frame) =>
			getMusicVolume({
				frame,
				clips: timeline.clipRanges,
				base: sound.musicVolume,
				ducked,
				fadeFrames: sound.musicFadeFrames,
				durationInFrames: timeline.durationInFrames,
			}),
		loop: true,
	};
	return [...clips, music];
};
