import React from 'react';
import {AbsoluteFill} from 'remotion';
import {getClipVolume} from '../../audio/get-clip-volume';
import type {Brand} from '../../campaign/brand-schema';
import {CaptionTrack} from '../../components/CaptionTrack';
import {Footage} from '../../components/Footage';
import {useUnderlayColor} from '../../components/render-layer';
import {getSegmentFrames} from '../../timeline/get-segment-frames';
import {FRAME} from '../../specs/frame';
import {ClipLabel} from './ClipLabel';
import type {ClipScene as ClipSceneProps, TrailerProps} from './schema';

/** A clip of the footage with its own sound (faded at both ends), its captions and its label. */
export const ClipScene: React.FC<{
	scene: ClipSceneProps;
	brand: Brand;
	sound: TrailerProps['sound'];
	captionStyle: TrailerProps['captionStyle'];
}> = ({scene, brand, sound, captionStyle}) => {
	const [cut] = getSegmentFrames({segments: [scene], fps: FRAME.fps});
	const durationInFrames = cut?.durationInFrames ?? 0;
	const underlay = useUnderlayColor('#000');
	return (
		<AbsoluteFill style={{backgroundColor: underlay}}>
			<Footage
				src={scene.footage}
				trimBefore={cut?.trimBefore}
				trimAfter={cut?.trimAfter}
				volume={(frame) =>
					getClipVolume({frame, durationInFrames, volume: sound.clipVolume, fadeFrames: sound.clipFadeFrames})
				}
			/>
			<ClipLabel label={scene.label} brand={brand} captionFontSize={captionStyle.fontSize} />
			<CaptionTrack
				cues={scene.captions ?? []}
				font={brand.fonts.bodyBold}
				fontSize={captionStyle.fontSize}
				color={brand.colors.text}
				highlightColor={captionStyle.highlightColor}
			/>
		</AbsoluteFill>
	);
};
