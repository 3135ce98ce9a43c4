import {combineOverlay, type FrameLayers, getMotionPhase} from '../../timeline/frame-layers';
import {HEADER_SETTLED_AFTER} from './header-motion';
import type {HeaderProps} from './schema';

/**
 * A header's frames as layers: the drifting brand backdrop underneath, the lines of text
 * over it, moving while they spring in and still after. Pure.
 */
export const getHeaderLayers = (props: HeaderProps, durationInFrames: number): FrameLayers[] => {
	const {background, primary, accent} = props.brand.colors;
	return Array.from({length: durationInFrames}, (_, frame): FrameLayers => {
		const phase = getMotionPhase(frame, 0, HEADER_SETTLED_AFTER);
		return {
			base: {type: 'backdrop', background, band: primary, accent, frame, durationInFrames},
			overlay: combineOverlay([phase === 'moving' ? null : phase]),
		};
	});
};
