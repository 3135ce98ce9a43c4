import React from 'react';
import {AbsoluteFill, Sequence, useVideoConfig} from 'remotion';
import {formatReleaseFr} from '../../campaign/format-release';
import {CaptionTrack} from '../../components/CaptionTrack';
import {EndTag} from '../../components/EndTag';
import {Footage} from '../../components/Footage';
import {SoundTrack} from '../../components/SoundTrack';
import {TEASER_CAPTION_TRACK} from './get-teaser-layers';
import {getTeaserSounds} from './get-teaser-sounds';
import {useUnderlayColor} from '../../components/render-layer';
import {ContrastProbe} from '../../components/ContrastProbe';
import {SafeZoneGuard} from '../../components/SafeZoneGuard';
import {SafeZoneOverlay} from '../../components/SafeZoneOverlay';
import {TitleStrip} from '../../components/TitleStrip';
import {useBrandFonts} from '../../components/use-brand-fonts';
import {getSegmentFrames} from '../../timeline/get-segment-frames';
import type {TeaserProps} from './schema';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A cut of the episode's own footage and sound, with burned-in captions and a release tag. */
export const Teaser: React.FC<TeaserProps> = (props) => {
	const {brand} = props;
	const {fps, durationInFrames} = useVideoConfig();
	const {display, body, bodyBold} = brand.fonts;
	const fontsReady = useBrandFonts([display, body, bodyBold]);
	const segments = getSegmentFrames({segments: props.segments, fps});
	const endTagFrames = Math.min(Math.round(props.endTagSeconds * fps), durationInFrames);
	const underlay = useUnderlayColor('#000');
	const colours = {background: brand.colors.background, accent: brand.colors.accent, text: brand.colors.text};
	return (
		<AbsoluteFill data-safe-root style={{backgroundColor: underlay}}>
			{segments.map((segment) => (
				<Sequence
					key={segment.fromFrame}
					from={segment.fromFrame}
					durationInFrames={segment.durationInFrames}
					name={`Cut ${segment.trimBefore}–${segment.trimAfter}`}
				>
					<Footage src={props.footage} trimBefore={segment.trimBefore} trimAfter={segment.trimAfter} />
				</Sequence>
			))}
			<SoundTrack clips={getTeaserSounds(props)} />
			{fontsReady ? (
				<>
					{/* Under the title strip and the captions: its dimming must not dim them (QC measures their contrast). */}
					<Sequence from={durationInFrames - endTagFrames} name="End tag">
						<EndTag
							kicker={`Épisode ${props.episodeNumber}`}
							release={capitalise(formatReleaseFr({releaseAt: props.releaseAt, timeZone: props.timeZone}))}
							handle={props.platformHandle}
							display={display}
							bodyBold={bodyBold}
							{...colours}
						/>
					</Sequence>
					<TitleStrip
						seriesTitle={props.seriesTitle}
						episodeLabel={`Épisode ${props.episodeNumber}`}
						title={props.episodeTitle}
						display={display}
						bodyBold={bodyBold}
						{...colours}
					/>
					<CaptionTrack
						track={TEASER_CAPTION_TRACK}
						cues={props.captions ?? []}
						font={bodyBold}
						fontSize={props.captionStyle.fontSize}
						color={brand.colors.text}
						highlightColor={props.captionStyle.highlightColor}
					/>
				</>
			) : null}
			{props.showSafeZone ? <SafeZoneOverlay /> : null}
			<SafeZoneGuard />
			<ContrastProbe />
		</AbsoluteFill>
	);
};
