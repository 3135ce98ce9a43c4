import {Audio} from '@remotion/media';
import React from 'react';
import {resolveMediaSrc} from '../../components/resolve-media-src';
import {dbToGain, getMusicVolume} from '../../audio/get-music-volume';
import type {FrameRange} from '../../timeline/get-trailer-timeline';
import type {TrailerProps} from './schema';

/**
 * The campaign's music under the whole trailer, looped if the trailer outlasts it, ducked
 * under every clip. The volume curve is the pure getMusicVolume, evaluated per frame.
 */
export const MusicBed: React.FC<{
	sound: TrailerProps['sound'];
	clips: readonly FrameRange[];
	durationInFrames: number;
}> = ({sound, clips, durationInFrames}) => {
	const ducked = sound.musicVolume * dbToGain(-sound.duckByDb);
	return (
		<Audio
			src={resolveMediaSrc(sound.music)}
			loop
			// The curve is written for the trailer's frames, not for each pass of the loop.
			loopVolumeCurveBehavior="extend"
			volume={(frame) =>
				getMusicVolume({
					frame,
					clips,
					base: sound.musicVolume,
					ducked,
					fadeFrames: sound.musicFadeFrames,
					durationInFrames,
				})
			}
		/>
	);
};
