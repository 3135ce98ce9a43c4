import React from 'react';
import {Html5Audio, Sequence} from 'remotion';
import type {SoundClip} from '../audio/sound-clip';
import {useRenderLayer} from './render-layer';
import {resolveMediaSrc} from './resolve-media-src';

/**
 * Plays a kind's sounds (its `sounds` function), each in its own Sequence, with Remotion's
 * <Html5Audio>: what it registers per frame is what getSoundAssets computes, so the layered
 * renderer mixes the same sound without the browser. Silent in the overlay layer.
 */
export const SoundTrack: React.FC<{clips: readonly SoundClip[]}> = ({clips}) => {
	if (useRenderLayer() === 'overlay') return null;
	return (
		<>
			{clips.map((clip, index) => (
				<Sequence
					key={index}
					from={clip.fromFrame}
					durationInFrames={clip.durationInFrames}
					layout="none"
					name={`Sound ${clip.src}`}
				>
					<Html5Audio
						src={resolveMediaSrc(clip.src)}
						trimBefore={clip.trimBefore > 0 ? clip.trimBefore : undefined}
						volume={(frame) => clip.volume(frame)}
						loop={clip.loop}
						// The gain curve is the clip's, not each pass of the loop's.
						loopVolumeCurveBehavior="extend"
					/>
				</Sequence>
			))}
		</>
	);
};
