import {linearTiming, TransitionSeries} from '@remotion/transitions';
import React, {useMemo} from 'react';
import {AbsoluteFill, Easing} from 'remotion';
import {useUnderlayColor} from '../../components/render-layer';
import {ContrastProbe} from '../../components/ContrastProbe';
import {SafeZoneGuard} from '../../components/SafeZoneGuard';
import {SafeZoneOverlay} from '../../components/SafeZoneOverlay';
import {SoundTrack} from '../../components/SoundTrack';
import {useBrandFonts} from '../../components/use-brand-fonts';
import {getPresentation} from './get-presentation';
import {getPropsTimeline} from './get-props-timeline';
import {getTrailerSounds} from './get-trailer-sounds';
import type {TrailerProps} from './schema';
import {TrailerScene} from './TrailerScene';

/** Transitions ease in and out: a linear move looks mechanical. */
const EASING = Easing.inOut(Easing.cubic);

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
	return (
		<AbsoluteFill data-safe-root style={{backgroundColor: underlay}}>
			{fontsReady ? (
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
								timing={linearTiming({durationInFrames: placed.transitionOutFrames, easing: EASING})}
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
