import React from 'react';
import {useCurrentFrame} from 'remotion';
import type {Brand} from '../../campaign/brand-schema';
import {Entrance} from '../../components/Entrance';
import {getChipStyle} from '../../components/get-chip-style';
import {useFitText} from '../../components/use-fit-text';
import {SAFE_BOX} from '../../specs/safe-zone';
import {CardShell} from './CardShell';
import {CARD_DELAYS, CTA_POP} from './card-motion';
import {getPopStyle} from '../../components/overlay-tracks';
import {useTrackDrawing} from '../../components/track-drawing';
import type {SceneOf} from './schema';
import {tieFrenchWords} from '../../captions/tie-french-words';

const BUTTON_PADDING_X = 32;

/** The end card: the series, what to do (the call to action, as a button), where, the hashtags. */
export const CtaCard: React.FC<{scene: SceneOf<'cta'>; brand: Brand}> = ({scene, brand}) => {
	const frame = useCurrentFrame();
	const {display, body, bodyBold} = brand.fonts;
	const title = useFitText({text: scene.seriesTitle.toUpperCase(), font: display, maxLines: 1, maxFontSize: 260});
	const headline = useFitText({
		text: tieFrenchWords(scene.headline),
		font: bodyBold,
		maxLines: 2,
		maxFontSize: 76,
		maxBoxWidth: Math.floor(SAFE_BOX.width / CTA_POP.peak) - 2 * BUTTON_PADDING_X,
	});
	// The button pops (CTA_POP); for the layered renderer, a track.
	const drawing = useTrackDrawing(CTA_POP, CARD_DELAYS.cta.pop);
	const pop =
		drawing === 'live' ? getPopStyle(CTA_POP, frame - CARD_DELAYS.cta.pop) : {opacity: 1, scale: CTA_POP.peak};
	const bold = {fontFamily: bodyBold.family, fontWeight: bodyBold.weight};
	return (
		<CardShell
			brand={brand}
			gap={34}
			top={
				<Entrance
					delay={CARD_DELAYS.cta.title}
					safe="series-title"
					style={{fontFamily: display.family, fontSize: title.fontSize, lineHeight: 1.05, color: brand.colors.accent}}
				>
					{title.lines.join(' ')}
				</Entrance>
			}
			middle={
				<>
					<div
						data-safe="call-to-action"
						style={{
							...bold,
							...getChipStyle(brand),
							alignSelf: 'flex-start',
							fontSize: headline.fontSize,
							lineHeight: 1.15,
							padding: `24px ${BUTTON_PADDING_X}px`,
							borderRadius: 18,
							opacity: pop.opacity,
							transform: `scale(${pop.scale})`,
							visibility: drawing === 'live' ? undefined : drawing === 'solo' ? 'visible' : 'hidden',
							transformOrigin: 'left center',
						}}
					>
						{headline.lines.map((line) => (
							<div key={line}>{line}</div>
						))}
					</div>
					{scene.detail ? (
						<Entrance delay={CARD_DELAYS.cta.detail} safe="detail" style={{...bold, fontSize: 46, lineHeight: 1.2}}>
							{scene.detail}
						</Entrance>
					) : null}
				</>
			}
			bottom={
				<>
					<Entrance
						delay={CARD_DELAYS.cta.where}
						safe="where"
						style={{fontFamily: body.family, fontWeight: body.weight, fontSize: 42}}
					>
						{scene.where}
					</Entrance>
					{scene.hashtags.length > 0 ? (
						<Entrance
							delay={CARD_DELAYS.cta.hashtags}
							safe="hashtags"
							style={{...bold, fontSize: 38, color: brand.colors.accent}}
						>
							{scene.hashtags.join('  ')}
						</Entrance>
					) : null}
				</>
			}
		/>
	);
};
