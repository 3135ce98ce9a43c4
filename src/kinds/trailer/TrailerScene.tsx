import React from 'react';
import {ClipScene} from './ClipScene';
import {CreditsCard} from './CreditsCard';
import {CtaCard} from './CtaCard';
import {getClipCaptionTrack} from './get-trailer-layers';
import {HookCard} from './HookCard';
import {OpenCard} from './OpenCard';
import {ReleaseCard} from './ReleaseCard';
import type {TrailerProps, TrailerScene as TrailerSceneProps} from './schema';
import {TitleCard} from './TitleCard';

/** One scene of a trailer, drawn by the component of its type. */
export const TrailerScene: React.FC<{
	scene: TrailerSceneProps;
	/** Its place in the trailer's scenes. */
	index: number;
	props: Pick<TrailerProps, 'brand' | 'captionStyle'>;
}> = ({scene, index, props}) => {
	const {brand} = props;
	switch (scene.type) {
		case 'open':
			return <OpenCard scene={scene} brand={brand} />;
		case 'hook':
			return <HookCard scene={scene} brand={brand} />;
		case 'clip':
			return (
				<ClipScene
					scene={scene}
					captionTrack={getClipCaptionTrack(index)}
					brand={brand}
					captionStyle={props.captionStyle}
				/>
			);
		case 'title':
			return <TitleCard scene={scene} brand={brand} />;
		case 'release':
			return <ReleaseCard scene={scene} brand={brand} />;
		case 'credits':
			return <CreditsCard scene={scene} brand={brand} />;
		case 'cta':
			return <CtaCard scene={scene} brand={brand} />;
	}
};
