import {getTrackParts} from '../../components/overlay-tracks';
import {combineOverlay, type FrameLayers} from '../../timeline/frame-layers';
import {HEADER_ENTRANCES} from './header-motion';
import type {HeaderProps} from './schema';

/**
 * A header's frames as layers: the drifting brand backdrop underneath, the lines of text
 * over it, each a track from the first frame it is seen (getTrackParts). Pure.
 */
export const getHeaderLayers = (props: HeaderProps, durationInFrames: number): FrameLayers[] => {
	const {background, primary, accent} = props.brand.colors;
	return Array.from({length: durationInFrames}, (_, frame): FrameLayers => ({
		base: {type: 'backdrop', background, band: primary, accent, frame, durationInFrames},
		overlay: combineOverlay(
			Object.values(HEADER_ENTRANCES).flatMap(({delay, fromOpacity}) =>
				getTrackParts({type: 'entrance', fromOpacity}, delay, frame),
			),
		),
	}));
};
