import {Audio, Video} from '@remotion/media';
import React from 'react';
import {useRenderLayer} from './render-layer';
import {resolveMediaSrc} from './resolve-media-src';

/**
 * A cut of an episode's footage, filling the frame (cover). In the overlay layer it draws
 * nothing (ffmpeg cuts the footage itself); in the audio layer only its sound plays.
 */
export const Footage: React.FC<{
	src: string;
	trimBefore: number | undefined;
	trimAfter: number | undefined;
	volume?: number | ((frame: number) => number);
}> = ({src, trimBefore, trimAfter, volume}) => {
	const layer = useRenderLayer();
	if (layer === 'overlay') return null;
	const media = {src: resolveMediaSrc(src), trimBefore, trimAfter, volume};
	if (layer === 'audio') return <Audio {...media} />;
	return <Video {...media} objectFit="cover" style={{width: '100%', height: '100%'}} />;
};
