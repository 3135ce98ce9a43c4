import {Video} from '@remotion/media';
import React from 'react';
import {useRenderLayer} from './render-layer';
import {resolveMediaSrc} from './resolve-media-src';

/**
 * A cut of an episode's footage, filling the frame (cover), without its sound: a kind plays
 * its sounds from SoundTrack. In the overlay and audio layers it draws nothing (ffmpeg cuts
 * the footage itself).
 */
export const Footage: React.FC<{
	src: string;
	trimBefore: number | undefined;
	trimAfter: number | undefined;
}> = ({src, trimBefore, trimAfter}) => {
	if (useRenderLayer() !== 'all') return null;
	return (
		<Video
			src={resolveMediaSrc(src)}
			trimBefore={trimBefore}
			trimAfter={trimAfter}
			muted
			objectFit="cover"
			style={{width: '100%', height: '100%'}}
		/>
	);
};
