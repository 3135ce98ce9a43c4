import React from 'react';
import {AbsoluteFill} from 'remotion';
import type {Brand} from '../../campaign/brand-schema';
import {CaptionTrack} from '../../components/CaptionTrack';
import {Footage} from '../../components/Footage';
import {useUnderlayColor} from '../../components/render-layer';
import {getSegmentFrames} from '../../timeline/get-segment-frames';
import {FRAME} from '../../specs/frame';
import {ClipLabel} from './ClipLabel';
import type {ClipScene as ClipSceneProps, TrailerProps} from './schema';

/** A clip of the footage with its captions and its label; its sound plays from the trailer's SoundTrack. */
export const ClipScene: React.FC<{
	scene: ClipSceneProps;
	/** Its captions' name in the layer hints (getClipCaptionTrack). */
	captionTrack: string;
	brand: Brand;
	captionStyle: TrailerProps['captionStyle'];
}> = ({scene, captionTrack, brand, captionStyle}) => {
	const [cut] = getSegmentFrames({segments: [scene], fps: FRAME.fps});
	const underlay = useUnderlayColor('#000');
	return (
		<AbsoluteFill style={{backgroundColor: underlay}}>
			<Footage src={scene.footage} trimBefore={cut?.trimBefore} trimAfter={cut?.trimAfter} />
			<ClipLabel label={scene.label} brand={brand} captionFontSize={captionStyle.fontSize} />
			<CaptionTrack
				track={captionTrack}
				cues={scene.captions ?? []}
				font={brand.fonts.bodyBold}
				fontSize={captionStyle.fontSize}
				color={brand.colors.text}
				highlightColor={captionStyle.highlightColor}
			/>
		</AbsoluteFill>
	);
};
