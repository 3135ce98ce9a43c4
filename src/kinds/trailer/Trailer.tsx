import {TransitionSeries} from '@remotion/transitions';
import React, {useContext, useMemo} from 'react';
import {AbsoluteFill, Sequence} from 'remotion';
import {useUnderlayColor} from '../../components/render-layer';
import {SceneDrawingContext} from '../../components/scene-drawing';
import {ContrastProbe} from '../../components/ContrastProbe';
import {SafeZoneGuard} from '../../components/SafeZoneGuard';
import {SafeZoneOverlay} from '../../components/SafeZoneOverlay';
import {SoundTrack} from '../../components/SoundTrack';
import {useBrandFonts} from '../../components/use-brand-fonts';
import {getPresentation, getTransitionTiming} from './get-presentation';
import {getPropsTimeline} from './get-props-timeline';
import {getTrailerSounds} from './get-trailer-sounds';
import type {TrailerProps} from './schema';
import {TrailerScene} from './TrailerScene';

/**
 * A trailer: its scenes in a TransitionSeries, placed by the same pure timeline that set
 * its length in calculateMetadata; its sound (clips and the ducked music bed) from getTrailerSounds.
 */
export const Trailer: React.FC<TrailerProps> = (props) => {
	const {brand, scenes, transitions, slot} = props;
	const {display, body, bodyBold} = brand.fonts;
	const fontsReady = useBrandFonts([display, body, bodyBold]);
	const underlay = useUnderlayColor(brand.colors.background);
	const timeline = useMemo(() => getPropsTimeline({scenes, transitions, slot}), [scenes, transitions, slot]);
	const sounds = useMemo(() => getTrailerSounds(props), [props]);
	// The layered renderer's capture of one scene: it alone, as outside any transition.
	const alone = useContext(SceneDrawingContext);
	const placedAlone = alone === null ? null : timeline.scenes[alone];
	return (
		<AbsoluteFill data-safe-root style={{backgroundColor: underlay}}>
			{fontsReady && placedAlone ? (
				<Sequence from={placedAlone.fromFrame} durationInFrames={placedAlone.durationInFrames}>
					<TrailerScene scene={scenes[alone!]!} index={alone!} props={props} />
				</Sequence>
			) : fontsReady ? (
				<TransitionSeries>
					{timeline.scenes.flatMap((placed, i) => {
						const scene = scenes[i]!;
						const next = scenes[i + 1];
						const sequence = (
							<TransitionSeries.Sequence
								key={`scene-${i}`}
								durationInFrames={placed.durationInFrames}
								name={`${i + 1}. ${scene.type}`}
							>
								<TrailerScene scene={scene} index={i} props={props} />
							</TransitionSeries.Sequence>
						);
						if (!next || placed.transitionOutFrames === 0) return [sequence];
						return [
							sequence,
							<TransitionSeries.Transition
								key={`transition-${i}`}
								presentation={getPresentation({from: scene.type, to: next.type})}
								timing={getTransitionTiming(placed.transitionOutFrames)}
							/>,
						];
					})}
				</TransitionSeries>
			) : null}
			<SoundTrack clips={sounds} />
			{props.showSafeZone ? <SafeZoneOverlay /> : null}
			<SafeZoneGuard />
			<ContrastProbe />
		</AbsoluteFill>
	);
};
